package io.closedloop.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How logins are checked.
 *
 * @param authenticationCacheTtl how long a successful password check is remembered, so that API
 *     requests with HTTP Basic skip the engine's identity service; zero turns the cache off
 * @param authenticationCacheSize at most this many users are remembered at once
 */
@ConfigurationProperties("closedloop.security")
public record SecuritySettings(
    @DefaultValue("60s") Duration authenticationCacheTtl,
    @DefaultValue("10000") long authenticationCacheSize) {}
