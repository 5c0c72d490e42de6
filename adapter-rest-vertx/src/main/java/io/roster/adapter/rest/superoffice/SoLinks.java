package io.roster.adapter.rest.superoffice;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code _Links}: absolute URLs of the user and of the collection; and the link to a list's next
 * page.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonPropertyOrder({"Self", "Archive"})
record SoLinks(String self, String archive) {
  /**
   * {@code odata.nextLink}: the same request for the next page, {@code $skip} moved on, every other
   * option kept; {@code base} is where the request came to ({@code http://host:port}).
   */
  static String nextPage(RoutingContext ctx, String base, int skip, int top) {
    Map<String, String> params = new TreeMap<>();
    ctx.queryParams().forEach(entry -> params.put(entry.getKey(), entry.getValue()));
    params.put("$skip", Integer.toString(skip));
    params.put("$top", Integer.toString(top));
    StringBuilder link = new StringBuilder(base + ctx.request().path());
    char separator = '?';
    for (Map.Entry<String, String> param : params.entrySet()) {
      link.append(separator)
          .append(encode(param.getKey()))
          .append('=')
          .append(encode(param.getValue()));
      separator = '&';
    }
    return link.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%24", "$").replace("+", "%20");
  }
}
