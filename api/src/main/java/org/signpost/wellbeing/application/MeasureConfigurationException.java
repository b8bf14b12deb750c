package org.signpost.wellbeing.application;

/** The deployment's measures cannot be set up as configured; the service refuses to start. */
public class MeasureConfigurationException extends RuntimeException {

    public MeasureConfigurationException(String message) {
        super(message);
    }
}
