package io.roster.adapter.rest.auth;

import io.roster.domain.user.UserId;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.time.Duration;
import java.util.Base64;

/**
 * Access tokens: JWTs signed with HMAC-SHA256 under the configured key, naming the user ({@code
 * sub}) and expiring after the token lifetime. A token with another signature, another algorithm or
 * past its expiry is refused.
 */
final class Tokens {
  static final String ISSUER = "roster";

  private final JWTAuth jwt;
  private final Duration lifetime;

  Tokens(Vertx vertx, byte[] key, Duration lifetime) {
    this.lifetime = lifetime;
    this.jwt =
        JWTAuth.create(
            vertx,
            new JWTAuthOptions()
                .addPubSecKey(
                    new PubSecKeyOptions()
                        .setAlgorithm("HS256")
                        .setBuffer(Base64.getEncoder().encodeToString(key)))
                .setJWTOptions(new JWTOptions().setIssuer(ISSUER)));
  }

  String issue(UserId user) {
    return jwt.generateToken(
        new JsonObject().put("sub", user.toString()),
        new JWTOptions()
            .setAlgorithm("HS256")
            .setIssuer(ISSUER)
            .setExpiresInSeconds((int) lifetime.toSeconds()));
  }

  Duration lifetime() {
    return lifetime;
  }

  /** The user a valid token names; a failed future for any other token. */
  Future<UserId> verify(String token) {
    return jwt.authenticate(new TokenCredentials(token))
        .map(user -> UserId.of(java.util.UUID.fromString(user.principal().getString("sub"))));
  }
}
