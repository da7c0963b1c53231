package nl.brug;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Brug: case management for independent mediators. */
@SpringBootApplication
public class BrugApplication {

    public static void main(String[] args) {
        SpringApplication.run(BrugApplication.class, args);
    }
}
