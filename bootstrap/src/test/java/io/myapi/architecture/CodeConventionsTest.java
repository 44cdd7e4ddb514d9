package io.myapi.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conventions of the core (domain, application) that a compiler or reflection can check. */
class CodeConventionsTest {

    private static final List<Path> CORE_SOURCES = List.of(
            Path.of("../domain/src/main/java"), Path.of("../application/src/main/java"));

    @TempDir
    Path output;

    /**
     * The core compiles with doclint (every public type and method documented, with @param,
     * @return and @throws) and with raw-type and unchecked warnings as errors.
     */
    @Test
    @Tag("R10.2")
    @Tag("R10.3")
    void coreSourcesAreDocumentedAndFreeOfRawTypes() throws IOException {
        List<String> files = new ArrayList<>();
        for (Path root : CORE_SOURCES) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.add(p.toString()));
            }
        }
        assertThat(files).hasSizeGreaterThan(5);
        List<String> args = new ArrayList<>(List.of(
                "-d", output.toString(), "--release", "17", "-proc:none",
                "-Xdoclint:all/protected", "-Xlint:rawtypes,unchecked", "-Werror",
                "-classpath", System.getProperty("java.class.path")));
        args.addAll(files);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int exit = compiler.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        assertThat(exit).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    }

    /** Absence is explicit at the core's boundaries: public methods return Optional, never null (R10.5). */
    @Test
    @Tag("R10.5")
    void corePublicMethodsNeverReturnNullable() throws Exception {
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : coreClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && method.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)) {
                    offenders.add(type.getName() + "#" + method.getName());
                }
            }
        }
        assertThat(offenders).isEmpty();
        assertThat(coreClasses()).hasSizeGreaterThan(5);
    }

    private static List<Class<?>> coreClasses() throws Exception {
        List<Class<?>> classes = new ArrayList<>();
        for (Path root : CORE_SOURCES) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path file : paths.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")).toList()) {
                    String name = root.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.java$", "");
                    classes.add(CodeConventionsTest.class.getClassLoader().loadClass(name));
                }
            }
        }
        return classes;
    }
}
