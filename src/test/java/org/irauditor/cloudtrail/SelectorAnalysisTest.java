package org.irauditor.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.irauditor.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Event selectors as CloudTrail returns them, read into what they record. */
class SelectorAnalysisTest {

    private static EventSelectors parse(String json) {
        return Fixtures.parse(json, EventSelectors.class);
    }

    @Test
    void dataWhenAdvancedSelectorHasReadOnlyTrueShouldRecordReadsOnly() {
        // given
        EventSelectors selectors = parse("""
                {"AdvancedEventSelectors":[{"FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},
                {"Field":"resources.type","Equals":["AWS::S3::Object"]},{"Field":"readOnly","Equals":["true"]}]}]}""");

        // when
        List<Recorded> recorded = SelectorAnalysis.data(selectors, SelectorAnalysis.S3_OBJECT);

        // then
        assertThat(recorded).containsExactly(new Recorded(true, false, List.of()));
        assertThat(SelectorAnalysis.complete(recorded)).isFalse();
    }

    @Test
    void dataWhenReadsAndWritesComeFromTwoSelectorsShouldBeComplete() {
        // given
        EventSelectors selectors = parse("""
                {"EventSelectors":[{"ReadWriteType":"ReadOnly","IncludeManagementEvents":false,
                "DataResources":[{"Type":"AWS::S3::Object","Values":["arn:aws:s3"]}]}],
                "AdvancedEventSelectors":[{"FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},
                {"Field":"resources.type","Equals":["AWS::S3::Object"]},{"Field":"readOnly","Equals":["false"]},
                {"Field":"resources.ARN","StartsWith":["arn:aws-cn:s3:::"]}]}]}""");

        // when
        List<Recorded> recorded = SelectorAnalysis.data(selectors, SelectorAnalysis.S3_OBJECT);

        // then
        assertThat(SelectorAnalysis.complete(recorded)).isTrue();
        assertThat(SelectorAnalysis.management(selectors)).isEmpty();
    }

    @Test
    void dataWhenSelectorExcludesBucketsOrNamesEventsShouldBePartial() {
        // given
        EventSelectors selectors = parse("""
                {"AdvancedEventSelectors":[{"FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},
                {"Field":"resources.type","Equals":["AWS::S3::Object"]},
                {"Field":"resources.ARN","NotStartsWith":["arn:aws:s3:::noisy-bucket/"]},
                {"Field":"eventName","Equals":["PutObject","DeleteObject"]}]}]}""");

        // when
        List<Recorded> recorded = SelectorAnalysis.data(selectors, SelectorAnalysis.S3_OBJECT);

        // then
        assertThat(recorded)
                .singleElement()
                .satisfies(r -> assertThat(r.limits())
                        .containsExactly(
                                "resources.ARN NotStartsWith arn:aws:s3:::noisy-bucket/",
                                "eventName Equals PutObject, DeleteObject"));
    }

    @Test
    void dataWhenSelectorIsForAnotherTypeShouldRecordNothing() {
        // given
        EventSelectors selectors = parse("""
                {"AdvancedEventSelectors":[{"FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},
                {"Field":"resources.type","Equals":["AWS::DynamoDB::Table"]}]}]}""");

        // then
        assertThat(SelectorAnalysis.data(selectors, SelectorAnalysis.S3_OBJECT)).isEmpty();
        assertThat(SelectorAnalysis.data(selectors, SelectorAnalysis.LAMBDA_FUNCTION))
                .isEmpty();
    }

    @Test
    void managementWhenAdvancedSelectorExcludesAnEventSourceShouldBePartial() {
        // given
        EventSelectors selectors = parse("""
                {"AdvancedEventSelectors":[{"FieldSelectors":[{"Field":"eventCategory","Equals":["Management"]},
                {"Field":"eventSource","NotEquals":["kms.amazonaws.com"]}]}]}""");

        // when
        List<Recorded> recorded = SelectorAnalysis.management(selectors);

        // then
        assertThat(recorded)
                .containsExactly(new Recorded(true, true, List.of("eventSource NotEquals kms.amazonaws.com")));
        assertThat(SelectorAnalysis.complete(recorded)).isFalse();
    }

    @Test
    void managementWhenClassicSelectorOmitsReadWriteTypeShouldRecordReadsAndWrites() {
        // given the defaults: ReadWriteType All, IncludeManagementEvents true
        EventSelectors selectors = parse("{\"EventSelectors\":[{\"DataResources\":[]}]}");

        // then
        assertThat(SelectorAnalysis.complete(SelectorAnalysis.management(selectors)))
                .isTrue();
    }
}
