package coop.relais.billing.internal;

/** The payment provider did not answer or refused to open a checkout: the person is asked to retry later. */
public class GatewayUnavailableException extends RuntimeException {

    public GatewayUnavailableException(Throwable cause) {
        super("The payment provider is unavailable", cause);
    }
}
