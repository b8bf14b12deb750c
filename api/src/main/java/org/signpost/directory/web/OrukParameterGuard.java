package org.signpost.directory.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.signpost.platform.errors.FieldViolation;
import org.signpost.platform.errors.InvalidInputException;

/**
 * A feed consumer who sends a parameter we do not implement (ORUK's {@code minimal}, a typo such as
 * {@code organisation_id}) gets a 400 naming it and the parameters the operation does take, never a
 * 200 that silently ignored it. The parameters an operation takes are those of its contract, read
 * from the generated interface the controller implements, so this cannot drift from the contract.
 */
@ServerFilter("/oruk/**")
class OrukParameterGuard {

    @RequestFilter
    void refuseUnknownParameters(HttpRequest<?> request) {
        if (!(RouteAttributes.getRouteMatch(request).orElse(null) instanceof MethodBasedRouteMatch<?, ?> match)) {
            return;
        }
        Set<String> known = new TreeSet<>();
        for (Argument<?> argument : match.getArguments()) {
            argument.getAnnotationMetadata().stringValue(QueryValue.class).ifPresent(known::add);
        }
        List<FieldViolation> violations = new ArrayList<>();
        for (String name : new TreeSet<>(request.getParameters().names())) {
            if (!known.contains(name)) {
                violations.add(new FieldViolation(name, known.isEmpty() ? "is not a parameter of this operation (it takes none)"
                        : "is not a parameter of this operation; it takes " + String.join(", ", known)));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
