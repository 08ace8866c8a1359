package dev.autoprofile.stacks.boot35;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot 3.5 application whose users get their profiles from AutoProfile; no AutoProfile configuration. */
@SpringBootApplication
public class Boot35Application {

  public static void main(String[] args) {
    SpringApplication.run(Boot35Application.class, args);
  }
}
