package io.closedloop.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one application context of the integration tests: the whole application on a throwaway
 * embedded PostgreSQL, with the demo users. Every integration test uses exactly this, so the
 * suite starts the application once; each test creates its own data. Mail goes to a real SMTP
 * server inside the tests ({@link TestMailServer}). Metrics are exported as in production, so
 * {@code /actuator/prometheus} answers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestMailServer.class)
@AutoConfigureObservability(tracing = false)
public @interface IntegrationTest {}
