package org.irauditor.cloudtrail;

import org.springframework.stereotype.Component;

/** Are Lambda function invocations recorded for every function. */
@Component
public class LambdaDataEventsCheck extends DataEventsCheck {

    public static final String ID = "cloudtrail.lambda-data-events";

    @Override
    public String id() {
        return ID;
    }

    @Override
    String resourceType() {
        return SelectorAnalysis.LAMBDA_FUNCTION;
    }

    @Override
    String events() {
        return "Lambda data events";
    }

    @Override
    String everything() {
        return "all functions";
    }
}
