package io.pindesk.logging;

import ch.qos.logback.classic.pattern.MDCConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %X} with credentials masked, for the rare code path that puts request details into the MDC. */
public final class RedactingMdcConverter extends MDCConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return Redactor.redact(super.convert(event));
    }
}
