package dev.autoprofile.spring.boot.tests;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application as users write it: nothing about AutoProfile but its annotations and autoprofile.* properties. */
@SpringBootApplication
public class TestApplication {}
