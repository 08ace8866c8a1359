/**
 * Spring Boot 3.5 and 4.x auto-configuration for AutoProfile: {@code autoprofile.*} properties mapped onto
 * every EntityManagerFactory, Micrometer counters, and the {@code autoprofile} actuator endpoint.
 */
package dev.autoprofile.spring.boot;
