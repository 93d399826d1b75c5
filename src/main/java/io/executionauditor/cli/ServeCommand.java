package io.executionauditor.cli;

import io.executionauditor.web.WebApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Starts the web application: upload plans, read audits, download reports, REST API.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "HTTP port. Default: 8080.")
    int port;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder for the H2 database and the stored uploads. Default: ~/.execution-auditor.")
    Path data;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws Exception {
        // as command-line arguments, which outrank application.properties (builder properties do not)
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port,
                "--execution-auditor.rules=" + rules.resolve().toAbsolutePath()));
        if (data != null) {
            arguments.add("--execution-auditor.data=" + data.toAbsolutePath());
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(WebApplication.class);
        CountDownLatch closed = new CountDownLatch(1);
        builder.listeners(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        try {
            builder.run(arguments.toArray(String[]::new));
        } catch (RuntimeException e) {
            throw new UsageException("the web application could not start: " + startFailure(e));
        }
        System.out.println("Execution Auditor is serving at http://localhost:" + port + "/");
        closed.await();
        return 0;
    }

    /** What went wrong at start, in words: a port in use, a database out of reach, a rule set that fails. */
    private String startFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PortInUseException) {
                return "port " + port + " is in use (stop what listens there, or choose another with --port)";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
