package io.closedloop.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created when the directory has no administrator yet. Without demo
 * data there is no default password: set {@code CLOSEDLOOP_ADMIN_USERNAME} and
 * {@code CLOSEDLOOP_ADMIN_PASSWORD}.
 */
@ConfigurationProperties("closedloop.admin")
public record DirectoryProperties(String username, String password) {}
