package io.closedloop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** ClosedLoop: every detractor becomes an owned case, and the outcomes feed an improvement backlog. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ClosedLoopApplication {

  public static void main(String[] args) {
    SpringApplication.run(ClosedLoopApplication.class, args);
  }
}
