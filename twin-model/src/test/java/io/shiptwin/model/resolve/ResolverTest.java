package io.shiptwin.model.resolve;

import static io.shiptwin.model.graph.SampleYard.BLOCK_101;
import static io.shiptwin.model.graph.SampleYard.CRANE;
import static io.shiptwin.model.graph.SampleYard.SHIP_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.shiptwin.model.graph.SampleYard;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Resolution modelled on the real hierarchy: the shipbuilding industry node delegates to the yard's enterprise node. */
class ResolverTest {
    private static final long AS_OF = 1_772_438_400_000L;
    private static final String TOP_LEVEL = "https://idis.example/88";

    private final EnterpriseNode yard = new EnterpriseNode("88.118.8001", new TwinGraphRecords(SampleYard.graph(), AS_OF),
            List.of(EnterpriseNode.twinState(id -> Optional.of(new TwinStateLocator.TwinStateRef(
                            "http://localhost:7070/api/twin/" + id, AS_OF + 5))),
                    EnterpriseNode.dataSources(new ContractDataSources(AS_OF)),
                    id -> id.equals(BLOCK_101) ? List.of(HandleValue.restricted("COST.total", "CNY 1250000.00", AS_OF)) : List.of()));
    private final IndustryNode shipbuilding = new IndustryNode("88.118", TOP_LEVEL)
            .delegateTo(yard)
            .referTo("88.118.8002", "https://idis.example/88.118.8002");

    @Test
    void industryNodeDelegatesToTheEnterpriseNodeAndAnswersWithItsRecord() {
        Resolution r = shipbuilding.resolve(ResolutionRequest.of(BLOCK_101.toString()));

        assertThat(r.code()).isEqualTo(ResponseCode.SUCCESS);
        assertThat(r.code().code()).isEqualTo(1);
        HandleRecord record = ((Resolution.Resolved) r).record();
        assertThat(record.identifier()).isEqualTo(BLOCK_101);
        assertThat(record.first(ValueTypes.KIND)).contains("BLOCK");
        assertThat(record.first("ATTR.weightTonnes")).contains("210.5");
        assertThat(record.valuesOf(ValueTypes.PARENT)).extracting(HandleValue::data)
                .containsExactly(SHIP_ID.toString(), "88.118.8001/GB-H1234-G01");
        assertThat(record.valuesOf(ValueTypes.CHILD)).extracting(HandleValue::data).containsExactly("88.118.8001/LOT-H1234-B101-007");
        assertThat(record.valuesOf("LINKED_BY.INSPECTS")).extracting(HandleValue::data).containsExactly("88.118.8001/INSP-2026-000123");
        assertThat(record.first(ValueTypes.TWIN_STATE)).contains("http://localhost:7070/api/twin/88.118.8001/BLK-H1234-B101");
        assertThat(record.valuesOf(ValueTypes.DATA_SOURCE)).extracting(HandleValue::data).contains("yard.events.raw", "twin.blocks");
    }

    @Test
    void valuesAreNumberedFromOneAndCarryTheirTimestamps() {
        HandleRecord record = resolved(ResolutionRequest.of(SHIP_ID.toString()));

        assertThat(record.values()).extracting(HandleValue::index)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, record.values().size()).boxed().toList());
        assertThat(record.valuesOf(ValueTypes.TWIN_STATE)).extracting(HandleValue::timestampMillis).containsExactly(AS_OF + 5);
        assertThat(record.valuesOf(ValueTypes.KIND)).extracting(HandleValue::timestampMillis).containsExactly(AS_OF);
    }

    @Test
    void equipmentRecordLeadsToItsTopicsAndTable() {
        HandleRecord record = resolved(ResolutionRequest.of(CRANE.toString()));

        assertThat(record.valuesOf("DATA_SOURCE.mqtt")).extracting(HandleValue::data).containsExactly("shipyard/+/+/+/GC-01/telemetry");
        assertThat(record.valuesOf("DATA_SOURCE.h2")).extracting(HandleValue::data).containsExactly("equipment_twin");
        assertThat(record.first("ATTR.capacities.safeWorkingLoadTonnes")).contains("600.0");
    }

    @Test
    void aTypeFilterReturnsOnlyThoseTypesAndTheirSubTypes() {
        HandleRecord record = resolved(ResolutionRequest.of(SHIP_ID.toString()).withTypes("ATTR.particulars"));

        assertThat(record.values()).extracting(HandleValue::type).containsExactly("ATTR.particulars.lengthOverallMetres",
                "ATTR.particulars.beamMetres", "ATTR.particulars.depthMetres", "ATTR.particulars.designDraughtMetres",
                "ATTR.particulars.deadweightTonnes", "ATTR.particulars.compensatedGrossTonnage");
    }

    @Test
    void unknownPrefixIsItsOwnError() {
        Resolution r = shipbuilding.resolve(ResolutionRequest.of("88.118.9999/BLK-H1234-B101"));

        assertThat(r).isEqualTo(new Resolution.Failed(ResolutionError.UNKNOWN_PREFIX,
                "prefix 88.118.9999 of 88.118.9999/BLK-H1234-B101 is not registered at industry node 88.118"));
        assertThat(r.code().code()).isEqualTo(100);
    }

    @Test
    void unknownSuffixIsItsOwnError() {
        Resolution r = shipbuilding.resolve(ResolutionRequest.of("88.118.8001/BLK-H1234-B999"));

        assertThat(r).isEqualTo(new Resolution.Failed(ResolutionError.UNKNOWN_SUFFIX,
                "88.118.8001/BLK-H1234-B999: enterprise node 88.118.8001 knows no object with suffix 'BLK-H1234-B999'"));
        assertThat(r.code().code()).isEqualTo(100);
    }

    @Test
    void malformedIdentifierIsItsOwnError() {
        Resolution r = shipbuilding.resolve(ResolutionRequest.of("BLK-H1234-B101"));

        assertThat(r).isEqualTo(new Resolution.Failed(ResolutionError.MALFORMED_IDENTIFIER,
                "malformed identifier 'BLK-H1234-B101': identifier 'BLK-H1234-B101' has no '/' between prefix and suffix"));
        assertThat(r.code().code()).isEqualTo(102);
    }

    @Test
    void malformedUnknownPrefixAndUnknownSuffixAreDistinctErrors() {
        assertThat(Stream.of("88.118/BLK-H1234-B101", "88.118.9999/BLK-H1234-B101", "88.118.8001/BLK-H1234-B999")
                .map(text -> ((Resolution.Failed) shipbuilding.resolve(ResolutionRequest.of(text))).error()))
                .containsExactly(ResolutionError.MALFORMED_IDENTIFIER, ResolutionError.UNKNOWN_PREFIX, ResolutionError.UNKNOWN_SUFFIX);
    }

    @Test
    void anEnterpriseRunningItsOwnNodeIsAReferral() {
        Resolution r = shipbuilding.resolve(ResolutionRequest.of("88.118.8002/SHIP-H77"));

        assertThat(r).isEqualTo(new Resolution.Referral("88.118.8002", "https://idis.example/88.118.8002"));
        assertThat(r.code().code()).isEqualTo(302);
    }

    @Test
    void anotherIndustrysIdentifierIsReferredToTheTopLevelNode() {
        assertThat(shipbuilding.resolve(ResolutionRequest.of("88.116.1/EQ-PUMP-1")))
                .isEqualTo(new Resolution.Referral("88.116", TOP_LEVEL));
    }

    @Test
    void askingForATypeTheObjectDoesNotHaveIsValuesNotFound() {
        Resolution r = shipbuilding.resolve(ResolutionRequest.of(SHIP_ID.toString()).withTypes("EMAIL"));

        assertThat(r).isEqualTo(new Resolution.Failed(ResolutionError.VALUES_NOT_FOUND, "88.118.8001/SHIP-H1234: no values of types [EMAIL]"));
        assertThat(r.code().code()).isEqualTo(200);
    }

    @Test
    void restrictedValuesNeedAnAuthenticatedClient() {
        ResolutionRequest cost = ResolutionRequest.of(BLOCK_101.toString()).withTypes("COST");

        Resolution anonymous = shipbuilding.resolve(cost);
        assertThat(anonymous.code()).isEqualTo(ResponseCode.AUTHENTICATION_NEEDED);
        assertThat(anonymous.code().code()).isEqualTo(402);

        assertThat(((Resolution.Resolved) shipbuilding.resolve(cost.authenticatedClient())).record().first("COST.total"))
                .contains("CNY 1250000.00");
    }

    @Test
    void anUnfilteredAnonymousRequestSeesOnlyPublicValues() {
        assertThat(resolved(ResolutionRequest.of(BLOCK_101.toString())).valuesOf("COST")).isEmpty();
    }

    @Test
    void theEnterpriseNodeItselfRefusesPrefixesItDoesNotServe() {
        assertThat(((Resolution.Failed) yard.resolve(ResolutionRequest.of("88.118.8002/SHIP-H77"))).error())
                .isEqualTo(ResolutionError.UNKNOWN_PREFIX);
    }

    @Test
    void nodesRejectPrefixesOfTheWrongShape() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IndustryNode("88.118.8001", TOP_LEVEL))
                .withMessage("prefix: expected 88.{industry} with digits, got '88.118.8001'");
        assertThatIllegalArgumentException().isThrownBy(() -> new IndustryNode("88.118", TOP_LEVEL).delegateTo(
                        new EnterpriseNode("88.119.1", id -> List.of(), List.of())))
                .withMessage("enterprise prefix 88.119.1 is not under industry prefix 88.118");
    }

    @Test
    void responseCodesAreThoseOfTheHandleProtocol() {
        assertThat(Stream.of(ResponseCode.SUCCESS, ResponseCode.HANDLE_NOT_FOUND, ResponseCode.INVALID_HANDLE,
                ResponseCode.VALUES_NOT_FOUND, ResponseCode.REFERRAL, ResponseCode.AUTHENTICATION_NEEDED).map(ResponseCode::code))
                .containsExactly(1, 100, 102, 200, 302, 402);
    }

    private HandleRecord resolved(ResolutionRequest request) {
        Resolution r = shipbuilding.resolve(request);
        assertThat(r).isInstanceOf(Resolution.Resolved.class);
        return ((Resolution.Resolved) r).record();
    }
}
