package org.irauditor.report.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import javax.xml.parsers.DocumentBuilderFactory;
import org.irauditor.report.AuditReport;
import org.irauditor.testing.SampleRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlWriterTest {

    @TempDir
    Path reports;

    @Test
    void writeShouldMakeOneSuitePerAccountAndOneCasePerApplicableCheck() throws Exception {
        // when
        Document xml = write();

        // then
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(3);
        Element management = (Element) suites.item(0);
        assertThat(management.getAttribute("name")).isEqualTo("111111111111 management");
        assertThat(management.getAttribute("tests")).isEqualTo("4");
        assertThat(management.getAttribute("failures")).isEqualTo("1");
        assertThat(management.getAttribute("skipped")).isEqualTo("0");
        Element sandbox = (Element) suites.item(2);
        assertThat(sandbox.getAttribute("tests")).isEqualTo("2");
        assertThat(sandbox.getAttribute("skipped")).isEqualTo("2");
    }

    @Test
    void writeShouldFailFailedChecksWithTheVerdictMessageAndSkipUnknownOnes() throws Exception {
        // when
        Document xml = write();

        // then
        Element failed =
                testCase(xml, "222222222222", "cloudtrail.region-coverage Title of cloudtrail.region-coverage");
        assertThat(failed.getAttribute("classname"))
                .isEqualTo("222222222222 =HYPERLINK(\"http://example_invalid\",\"x\")");
        Element failure = (Element) failed.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo(SampleRun.FORMULA_NAME);
        assertThat(failure.getTextContent())
                .contains("eu-west-1 arn:aws:cloudtrail:eu-west-1:222222222222:trail/main: " + SampleRun.FORMULA_NAME)
                .contains("  isLogging = false")
                .contains("Remediation: Enable CloudTrail");
        Element unknown = testCase(xml, "222222222222", "guardduty.detector Title of guardduty.detector");
        assertThat(((Element) unknown.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .isEqualTo("UNKNOWN for guardduty.detector");
        Element passed = testCase(xml, "111111111111", "guardduty.detector Title of guardduty.detector");
        assertThat(passed.getChildNodes().getLength()).isZero();
    }

    @Test
    void cleanShouldDropCharactersXmlCannotCarry() {
        assertThat(JUnitXmlWriter.clean("bad\u0001name\u0000 ok\ttab")).isEqualTo("badname ok\ttab");
    }

    private Document write() throws Exception {
        Path run = reports.resolve("20261203-171500");
        AuditReport report = SampleRun.report(run, Instant.parse("2026-12-03T17:15:00Z"), SampleRun.results());
        new JUnitXmlWriter().write(report, run);
        return parse(run.resolve(JUnitXmlWriter.FILE_NAME));
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Element testCase(Document xml, String accountId, String name) throws IOException {
        NodeList cases = xml.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element element = (Element) cases.item(i);
            if (element.getAttribute("classname").startsWith(accountId)
                    && element.getAttribute("name").equals(name)) {
                return element;
            }
        }
        throw new AssertionError("no test case " + name + " for " + accountId);
    }
}
