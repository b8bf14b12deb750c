package org.signpost.testing;

import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.signpost.contract.client.DirectoryOrganisationsApi;
import org.signpost.contract.client.DirectoryServicesApi;
import org.signpost.contract.model.Accessibility;
import org.signpost.contract.model.AccessibilityFeature;
import org.signpost.contract.model.Capacity;
import org.signpost.contract.model.Contact;
import org.signpost.contract.model.CostOption;
import org.signpost.contract.model.Language;
import org.signpost.contract.model.OrganisationInput;
import org.signpost.contract.model.Schedule;
import org.signpost.contract.model.ServiceDetail;
import org.signpost.contract.model.ServiceInput;
import org.signpost.contract.model.ServiceLocation;
import org.signpost.security.model.Role;

/** Directory fixtures made through the real API: organisations, group editors, complete listings. */
@Singleton
public class TestDirectory {

    private final TestUsers users;
    private final DirectoryOrganisationsApi organisations;
    private final DirectoryServicesApi services;
    private String coordinator;

    TestDirectory(TestUsers users, DirectoryOrganisationsApi organisations, DirectoryServicesApi services) {
        this.users = users;
        this.organisations = organisations;
        this.services = services;
    }

    /** A coordinator's token, made once per test context. */
    public synchronized String coordinatorToken() {
        if (coordinator == null) {
            coordinator = users.signIn(users.create(Role.COORDINATOR)).getAccessToken();
        }
        return coordinator;
    }

    /** Runs a call with this token, then puts back whatever token was in use. */
    public static <T> T as(String token, Supplier<T> call) {
        String before = Bearer.current();
        Bearer.use(token);
        try {
            return call.get();
        } finally {
            Bearer.use(before);
        }
    }

    /** A new organisation, created by a coordinator. */
    public UUID organisation(String name) {
        return as(coordinatorToken(), () -> organisations.createOrganisation(new OrganisationInput(name + " " + UUID.randomUUID()))
                .body().getId());
    }

    /** A group editor's token for that organisation. */
    public String groupEditorOf(UUID organisation) {
        return users.signIn(users.create(Role.GROUP_EDITOR, java.util.Optional.of(organisation))).getAccessToken();
    }

    /** A new listing created with the token in use. */
    public static HttpResponse<ServiceDetail> create(DirectoryServicesApi services, ServiceInput input) {
        return services.createService(input);
    }

    /** A verified listing of that organisation: created by its group editor, verified by a coordinator. */
    public ServiceDetail verifiedListing(UUID organisation) {
        ServiceDetail draft = as(groupEditorOf(organisation), () -> services.createService(listing(organisation)).body());
        return as(coordinatorToken(), () -> services.verifyService(draft.getId(), etag(draft)).body());
    }

    /** The ETag a response carried. */
    public static String etagOf(HttpResponse<?> response) {
        return response.getHeaders().get("ETag");
    }

    public static String etag(ServiceDetail detail) {
        return "\"" + detail.getVersion() + "\"";
    }

    /** A complete, valid listing: a monthly walk on the 2nd Tuesday at one place in Rotherham. */
    public static ServiceInput listing(UUID organisation) {
        return new ServiceInput(organisation, "Tuesday Health Walk", "active")
                .description("A gentle guided walk round the park, with a cuppa after.")
                .url("https://walks.example.org/tuesday")
                .email("walks@example.org")
                .minimumAge(18)
                .eligibilityDescription("Adults; walkers of every pace welcome.")
                .deliveryModes(new ArrayList<>(List.of("in_person")))
                .referralRoute("both")
                .capacity(new Capacity().maximum(20))
                .locations(new ArrayList<>(List.of(new ServiceLocation().name("Clifton Park gates").latitude(53.4326).longitude(-1.3533)
                        .address1("Clifton Lane").city("Rotherham").postalCode("s65 2aa").country("GB")
                        .accessibility(new ArrayList<>(List.of(new Accessibility().code(AccessibilityFeature.STEP_FREE).description("Level paths")))))))
                .schedules(new ArrayList<>(List.of(new Schedule().locationIndex(0).freq("MONTHLY").interval(1).byday("2TU")
                        .opensAt("10:00").closesAt("12:00").description("2nd Tuesday of the month 10am-12pm").attendingType("in_person"))))
                .costOptions(new ArrayList<>(List.of(new CostOption().option("Free").amount(BigDecimal.ZERO))))
                .contacts(new ArrayList<>(List.of(new Contact().name("Pat Organiser").phone("01632 960123").email("pat@example.org")
                        ._public(true))))
                .languages(new ArrayList<>(List.of(new Language("English").code("en"))))
                .taxonomyTermCodes(new ArrayList<>(List.of("sp-walking-groups")));
    }

    /** A mutable copy; responses leave empty lists out, so null is empty. */
    public static <T> List<T> copy(List<T> list) {
        return list == null ? new ArrayList<>() : new ArrayList<>(list);
    }

    /** What to send to change a listing: its current content as input. */
    public static ServiceInput inputOf(ServiceDetail d) {
        ServiceInput in = new ServiceInput(d.getOrganisationId(), d.getName(), d.getStatus())
                .description(d.getDescription()).url(d.getUrl()).email(d.getEmail()).alert(d.getAlert())
                .feesDescription(d.getFeesDescription()).minimumAge(d.getMinimumAge()).maximumAge(d.getMaximumAge())
                .eligibilityDescription(d.getEligibilityDescription()).deliveryModes(copy(d.getDeliveryModes()))
                .referralRoute(d.getReferralRoute()).locations(copy(d.getLocations()))
                .schedules(copy(d.getSchedules())).costOptions(copy(d.getCostOptions()))
                .contacts(copy(d.getContacts())).languages(copy(d.getLanguages()))
                .taxonomyTermCodes(copy(d.getTaxonomyTerms() == null ? null : d.getTaxonomyTerms().stream().map(t -> t.getCode()).toList()));
        if (d.getCapacity() != null) {
            // as a client that sends back what it read: available is read-only and ignored in a write
            Capacity capacity = new Capacity().maximum(d.getCapacity().getMaximum());
            capacity.setAvailable(d.getCapacity().getAvailable());
            in.capacity(capacity);
        }
        return in;
    }
}
