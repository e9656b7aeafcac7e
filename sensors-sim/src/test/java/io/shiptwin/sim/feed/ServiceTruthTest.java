package io.shiptwin.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.shiptwin.model.OperationalReport;
import io.shiptwin.model.ShipDelivered;
import io.shiptwin.model.SurveyCompleted;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The service truth is exactly the service life the feed publishes (values and times), for the fidelity check. */
class ServiceTruthTest {

    @Test
    void theServiceTruthHoldsTheReportsAndSurveysTheFeedPublishes() {
        ScenarioFeed feed = ScenarioFeed.open("teaching", FeedOptions.defaults(42).withSamplePeriod(Duration.ofDays(1)));
        List<FeedMessage> messages = feed.drain();
        Map<String, Long> delivered = messages.stream().map(FeedMessage::event).filter(e -> e instanceof ShipDelivered)
                .collect(Collectors.toMap(e -> e.assetId(), e -> e.eventTimeMillis()));
        List<OperationalReport> reports = messages.stream().map(FeedMessage::event).filter(e -> e instanceof OperationalReport)
                .map(e -> (OperationalReport) e).toList();
        List<SurveyCompleted> surveys = messages.stream().map(FeedMessage::event).filter(e -> e instanceof SurveyCompleted)
                .map(e -> (SurveyCompleted) e).toList();

        assertThat(feed.serviceTruth()).hasSize(delivered.size()).isNotEmpty();
        for (ServiceTruth t : feed.serviceTruth()) {
            String id = feed.options().yardPrefix() + "/" + t.ship();
            assertThat(t.deliveredMillis()).isEqualTo(delivered.get(id));
            List<OperationalReport> published = reports.stream().filter(r -> r.assetId().equals(id)).toList();
            assertThat(t.reports()).isNotEmpty().hasSameSizeAs(published);
            for (int i = 0; i < published.size(); i++) {
                assertThat(t.reports().get(i).eventTimeMillis()).isEqualTo(published.get(i).eventTimeMillis());
                assertThat(t.reports().get(i).distanceNauticalMiles()).isEqualTo(published.get(i).distanceNauticalMiles());
                assertThat(t.reports().get(i).fuelTonnes()).isEqualTo(published.get(i).fuelTonnes());
            }
            assertThat(t.surveys()).hasSameSizeAs(surveys.stream().filter(s -> s.assetId().equals(id)).toList());
        }
    }
}
