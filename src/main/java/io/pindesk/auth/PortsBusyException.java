package io.pindesk.auth;

import java.util.List;
import java.util.stream.Collectors;

/** None of the registered redirect ports could be bound; names them so the user can free one. */
public final class PortsBusyException extends SignInException {
    private static final long serialVersionUID = 1L;

    private final List<Integer> ports;

    public PortsBusyException(List<Integer> ports) {
        super(Reason.PORTS_BUSY, message(ports));
        this.ports = List.copyOf(ports);
    }

    public List<Integer> ports() {
        return ports;
    }

    private static String message(List<Integer> ports) {
        String list = ports.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return "PinDesk could not open any of its sign-in ports (" + list + "): another program is using them."
                + " Close it and try again. On Windows, also check that they are not reserved:"
                + " netsh interface ipv4 show excludedportrange protocol=tcp";
    }
}
