package io.roster.archfixture.application.port.in;

/** A use case as adapters see it. */
public interface RenameUseCase {
  String rename(int id, String name);
}
