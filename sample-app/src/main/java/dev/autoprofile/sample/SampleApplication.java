package dev.autoprofile.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot app whose users get a profile the moment they are saved, from AutoProfile: nothing
 * here wires it, the {@code @AutoProfile} annotation on {@link dev.autoprofile.sample.users.User}
 * and the processor on the compiler's path are all it takes.
 */
@SpringBootApplication
public class SampleApplication {

  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
