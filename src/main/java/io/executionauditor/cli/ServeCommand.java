package io.executionauditor.cli;

import io.executionauditor.web.WebApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.builder.SpringApplicationBuilder;
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
        builder.run(arguments.toArray(String[]::new));
        System.out.println("Execution Auditor is serving at http://localhost:" + port + "/");
        closed.await();
        return 0;
    }
}
