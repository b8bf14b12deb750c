package org.signpost.seeds.oruk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.signpost.seeds.model.Capacity;
import org.signpost.seeds.model.DeliveryMode;
import org.signpost.seeds.model.Frequency;
import org.signpost.seeds.model.ImportedAccessibility;
import org.signpost.seeds.model.ImportedAddress;
import org.signpost.seeds.model.ImportedContact;
import org.signpost.seeds.model.ImportedCostOption;
import org.signpost.seeds.model.ImportedLanguage;
import org.signpost.seeds.model.ImportedLocation;
import org.signpost.seeds.model.ImportedOrganisation;
import org.signpost.seeds.model.ImportedPhone;
import org.signpost.seeds.model.ImportedSchedule;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.model.ImportedServiceArea;
import org.signpost.seeds.model.LocationType;
import org.signpost.seeds.model.ReferralRoute;
import org.signpost.seeds.model.ServiceLocation;
import org.signpost.seeds.model.ServiceStatus;
import org.signpost.seeds.model.TaxonomyTermRef;

/** Our seed format (ORUK full records plus x_ extensions) reads into the model field by field. */
class OrukFeedReaderSeedFormatTest {

    private static UUID id(String value) {
        return UUID.fromString(value);
    }

    private static FeedResult sample() throws IOException {
        try (InputStream in = OrukFeedReaderSeedFormatTest.class.getResourceAsStream("/oruk/seed-format-sample.json")) {
            return new OrukFeedReader().read(in);
        }
    }

    @Test
    void aLocatedFullRecordKeepsEveryField() throws IOException {
        ImportedLocation hall = new ImportedLocation(id("7fb62955-7c47-4fa3-9537-a09c2f15315c"), LocationType.PHYSICAL,
                "Riverside Community Hall", "Ground-floor hall behind the library.", 53.430111, -1.356789,
                List.of(new ImportedAddress(id("63b04887-d741-4dee-879e-513361ee85e0"), "12 Mill Lane", "Rotherham",
                        "South Yorkshire", "South Yorkshire", "S60 1AA", "GB", LocationType.PHYSICAL)),
                List.of(new ImportedAccessibility(id("dac62b53-1ea8-497b-876e-0298c8f8368c"), "Hearing loop",
                        "Induction loop in the main hall.", null)));
        ImportedSchedule secondTuesday = new ImportedSchedule(id("233dbf9f-2f58-4499-82b5-844ea017d87f"),
                Frequency.MONTHLY, 1, "2TU", null, LocalTime.of(10, 0), LocalTime.of(12, 0),
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), null,
                "2nd Tuesday of the month, 10am-12pm", "in_person", null);
        ImportedService expected = new ImportedService(
                id("f2ce94c0-de49-4ac5-bd6f-5a915bfe8ca2"),
                "Riverside Memory Café",
                "A relaxed café for people living with dementia and the people who care for them.\nTea, cake & a chat.",
                "https://riverside-carers.example.org/memory-cafe",
                "cafe@riverside-carers.example.org",
                ServiceStatus.ACTIVE,
                "£2 per session",
                List.of(new ImportedCostOption(id("f328ecf8-653a-45fd-9133-443b64cc1f77"), "Per session",
                        new BigDecimal("2.50"), "Carers come free", "GBP", null, null)),
                18, 99,
                "People living with memory loss and their carers.",
                LocalDate.of(2025, 10, 1),
                "directory-team@signpost.example.org",
                "No session in August.",
                Instant.parse("2025-10-01T09:30:00Z"),
                new ImportedOrganisation(id("60996f65-9552-4235-a750-05e1db8e31b6"), "Riverside Carers' Network",
                        "Support for unpaid carers in Riverside.", "hello@riverside-carers.example.org",
                        "https://riverside-carers.example.org"),
                List.of(new ServiceLocation(id("0549f73c-32b4-4286-8b0a-748a1b4ccc83"), hall, List.of(secondTuesday))),
                List.of(),
                List.of(),
                List.of(new ImportedContact(id("13692585-62d4-4083-89ff-77e432be43ce"), "Sam Patel", "Café Coordinator",
                        null, List.of(new ImportedPhone(id("b74b8206-643b-474b-ae55-7adecb92de1c"), "01632 960123",
                        "voice", null)))),
                List.of(new ImportedLanguage(id("f3b64cc2-266d-4111-bad5-0f180271572d"), "English", "en")),
                List.of(new TaxonomyTermRef(id("fc93d91d-f963-4a05-8feb-2d08b4c14db2"), "sp-memory-cafes", "Memory cafés"),
                        new TaxonomyTermRef(id("7668a4f9-cf69-45e7-948c-6c5710710f27"), null, null)),
                Set.of(DeliveryMode.IN_PERSON),
                ReferralRoute.BOTH,
                new Capacity(4, 20));

        FeedResult result = sample();

        assertEquals(new FeedSummary(2, 2, 0, 0), result.summary());
        assertEquals(expected, result.accepted().get(0));
        assertEquals(true, result.accepted().get(0).isLocated());
    }

    @Test
    void aNonLocatedPhoneServiceKeepsItsOwnScheduleAndArea() throws IOException {
        ImportedService phoneLine = sample().accepted().get(1);

        assertEquals(ServiceStatus.TEMPORARILY_CLOSED, phoneLine.status());
        assertEquals(false, phoneLine.isLocated());
        assertEquals(List.of(new ImportedSchedule(id("fe7b9f28-c320-4ddf-9d12-2e87ab6627c5"), Frequency.WEEKLY, 2,
                "MO,WE", null, LocalTime.of(14, 0), LocalTime.of(16, 30), LocalDate.of(2025, 3, 3), null,
                LocalDate.of(2025, 3, 3), "Every other Monday and Wednesday, 2pm-4:30pm", "phone", null)),
                phoneLine.schedules());
        assertEquals(phoneLine.schedules(), phoneLine.allSchedules());
        assertEquals(List.of(new ImportedServiceArea(id("d2ea6aca-c6ae-47ba-b7b3-98736971a4d1"), "Rotherham borough",
                "Anyone living in the borough")), phoneLine.serviceAreas());
        assertEquals(Set.of(DeliveryMode.PHONE, DeliveryMode.ONLINE), phoneLine.deliveryModes());
        assertEquals(ReferralRoute.LINK_WORKER_REFERRAL, phoneLine.referralRoute());
        assertEquals(null, phoneLine.capacity());
        assertEquals(true, phoneLine.costOptions().get(0).isFree());
        assertEquals(new ImportedOrganisation(id("0d37fa92-767f-453f-8b4c-63cd3c7e6eb3"), "Good Neighbours",
                "Volunteers keeping in touch with people who live alone.", null, null), phoneLine.organisation());
    }
}
