package io.executionauditor.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The web door: pages and REST API over the same pipeline and the store. Started by {@code serve}. */
@SpringBootApplication(scanBasePackages = {"io.executionauditor.web", "io.executionauditor.store"})
public class WebApplication {
}
