package dev.datasafety.processor.host;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Processing environments as build tools hand them to processors: Gradle's decorator (javac's
 * environment in a private {@code delegate} field, with a Filer that records what is written), and
 * an IDE's {@link Proxy} (the environment held by the invocation handler). The processor sees only
 * the interfaces, as under those tools.
 */
final class WrappedEnvironments {
  private WrappedEnvironments() {}

  /** What a wrapping Filer saw: the resources and sources created through it. */
  static final class FilerLog {
    final List<String> created = new ArrayList<>();
  }

  /**
   * Runs a processor with its {@code init} environment passed through a wrapper, and asks it for
   * its options after {@code init}, as Gradle's DynamicProcessor does to learn its incremental type.
   */
  static final class WrappingProcessor implements Processor {
    private final Processor delegate;
    private final UnaryOperator<ProcessingEnvironment> wrap;
    Set<String> optionsAfterInit = Set.of();

    WrappingProcessor(Processor delegate, UnaryOperator<ProcessingEnvironment> wrap) {
      this.delegate = delegate;
      this.wrap = wrap;
    }

    @Override public Set<String> getSupportedOptions() { return delegate.getSupportedOptions(); }
    @Override public Set<String> getSupportedAnnotationTypes() { return delegate.getSupportedAnnotationTypes(); }
    @Override public SourceVersion getSupportedSourceVersion() { return delegate.getSupportedSourceVersion(); }

    @Override
    public void init(ProcessingEnvironment env) {
      delegate.init(wrap.apply(env));
      optionsAfterInit = delegate.getSupportedOptions();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
        ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }

  /** Like Gradle's IncrementalProcessingEnvironment: a decorator class with the real environment in a field. */
  static ProcessingEnvironment gradleLike(ProcessingEnvironment javac, FilerLog log) {
    return new DecoratingEnvironment(javac, new RecordingFiler(javac.getFiler(), log));
  }

  /** Like an IDE's proxy: every call forwarded by an invocation handler that holds the real environment. */
  static ProcessingEnvironment proxy(ProcessingEnvironment javac) {
    InvocationHandler handler = new ForwardingHandler(javac);
    return (ProcessingEnvironment) Proxy.newProxyInstance(
        WrappedEnvironments.class.getClassLoader(), new Class<?>[] {ProcessingEnvironment.class}, handler);
  }

  private static final class ForwardingHandler implements InvocationHandler {
    private final ProcessingEnvironment delegateTo;

    ForwardingHandler(ProcessingEnvironment delegateTo) {
      this.delegateTo = delegateTo;
    }

    @Override
    public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
      try {
        return method.invoke(delegateTo, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  private static final class DecoratingEnvironment implements ProcessingEnvironment {
    private final ProcessingEnvironment delegate;
    private final Filer filer;

    DecoratingEnvironment(ProcessingEnvironment delegate, Filer filer) {
      this.delegate = delegate;
      this.filer = filer;
    }

    @Override public Map<String, String> getOptions() { return delegate.getOptions(); }
    @Override public Messager getMessager() { return delegate.getMessager(); }
    @Override public Filer getFiler() { return filer; }
    @Override public Elements getElementUtils() { return delegate.getElementUtils(); }
    @Override public Types getTypeUtils() { return delegate.getTypeUtils(); }
    @Override public SourceVersion getSourceVersion() { return delegate.getSourceVersion(); }
    @Override public Locale getLocale() { return delegate.getLocale(); }
  }

  private static final class RecordingFiler implements Filer {
    private final Filer delegate;
    private final FilerLog log;

    RecordingFiler(Filer delegate, FilerLog log) {
      this.delegate = delegate;
      this.log = log;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
      log.created.add("source " + name);
      return delegate.createSourceFile(name, originatingElements);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
      log.created.add("class " + name);
      return delegate.createClassFile(name, originatingElements);
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName, Element... originatingElements) throws IOException {
      log.created.add("resource " + location.getName() + " " + moduleAndPkg + (moduleAndPkg.length() == 0 ? "" : "/")
          + relativeName);
      return delegate.createResource(location, moduleAndPkg, relativeName, originatingElements);
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName) throws IOException {
      return delegate.getResource(location, moduleAndPkg, relativeName);
    }
  }
}
