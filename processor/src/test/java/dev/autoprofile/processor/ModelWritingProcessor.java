package dev.autoprofile.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Stands for another annotation processor that writes profile entities: writes the given sources
 * in its first round, as a code generator would.
 */
final class ModelWritingProcessor extends AbstractProcessor {
  private final Map<String, String> sources;
  private boolean written;

  /** @param sources source text by qualified class name */
  ModelWritingProcessor(Map<String, String> sources) {
    this.sources = sources;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("jakarta.persistence.Entity");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written) {
      return false;
    }
    written = true;
    for (Map.Entry<String, String> source : sources.entrySet()) {
      try (Writer out = processingEnv.getFiler().createSourceFile(source.getKey()).openWriter()) {
        out.write(source.getValue());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
