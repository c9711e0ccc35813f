package io.pindesk.secrets;

/** A {@link StoreProblem} as an exception, for callers that propagate failures by throwing. */
public class TokenStoreException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient StoreProblem problem;

    public TokenStoreException(StoreProblem problem) {
        super(problem.userMessage());
        this.problem = problem;
    }

    public StoreProblem problem() {
        return problem;
    }

    public boolean keychainUnavailable() {
        return problem.kind() == StoreProblem.Kind.UNAVAILABLE || problem.kind() == StoreProblem.Kind.TIMEOUT;
    }
}
