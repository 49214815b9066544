package org.irauditor.report.junit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.irauditor.core.CheckMetadata;
import org.irauditor.core.CheckResult;
import org.irauditor.core.Status;
import org.irauditor.organization.OrgAccount;
import org.irauditor.report.AuditReport;
import org.irauditor.report.ReportWriter;
import org.springframework.stereotype.Component;

/**
 * Writes {@code junit.xml} for a CI server's test report: one test suite per account, one test case per check
 * (classname: account id and name; name: check id and title). A check failing in any region or for any resource is
 * a failure carrying the verdict messages, an unknown one is skipped with its reason, and a check that did not apply
 * is left out. Results are streamed one account at a time.
 */
@Component
public class JUnitXmlWriter implements ReportWriter {

    public static final String FILE_NAME = "junit.xml";

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(AuditReport report, Path runDirectory) throws IOException {
        Files.createDirectories(runDirectory);
        try (OutputStream out =
                new BufferedOutputStream(Files.newOutputStream(runDirectory.resolve(FILE_NAME)), 64 * 1024)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "IR readiness " + clean(report.run().runId()));
            Map<String, OrgAccount> accounts = new LinkedHashMap<>();
            report.organization().accounts().forEach(a -> accounts.put(a.id(), a));
            AccountBuffer buffer = new AccountBuffer(account -> writeSuite(xml, report, accounts, account));
            report.results().forEach(buffer);
            buffer.flush();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + FILE_NAME, e);
        } catch (UncheckedXmlException e) {
            throw new IOException("cannot write " + FILE_NAME, e.getCause());
        }
    }

    private static void writeSuite(
            XMLStreamWriter xml, AuditReport report, Map<String, OrgAccount> accounts, AccountResults results) {
        OrgAccount account = accounts.get(results.accountId);
        String name = account == null ? "" : account.name();
        // Jenkins splits a classname at dots into packages; an account name with dots would scatter its checks.
        String className = clean((results.accountId + " " + name).trim().replace('.', '_'));
        List<TestCase> cases = results.cases();
        try {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", className);
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Long.toString(count(cases, Status.FAIL)));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", Long.toString(count(cases, Status.UNKNOWN)));
            xml.writeAttribute("time", "0");
            for (TestCase testCase : cases) {
                writeCase(xml, report, className, testCase);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new UncheckedXmlException(e);
        }
    }

    private static void writeCase(XMLStreamWriter xml, AuditReport report, String className, TestCase testCase)
            throws XMLStreamException {
        String title = report.catalog()
                .find(testCase.checkId)
                .map(CheckMetadata::title)
                .orElse("");
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", className);
        xml.writeAttribute("name", clean((testCase.checkId + " " + title).trim()));
        xml.writeAttribute("time", "0");
        if (testCase.status == Status.FAIL) {
            xml.writeStartElement("failure");
            xml.writeAttribute("message", clean(testCase.firstMessage()));
            xml.writeAttribute("type", "FAIL");
            xml.writeCharacters(clean(testCase.details(report)));
            xml.writeEndElement();
        } else if (testCase.status == Status.UNKNOWN) {
            xml.writeStartElement("skipped");
            xml.writeAttribute("message", clean(testCase.firstMessage()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static long count(List<TestCase> cases, Status status) {
        return cases.stream().filter(c -> c.status == status).count();
    }

    /** Removes the characters XML 1.0 cannot carry at all (most control characters), which AWS text may contain. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000;
            if (allowed) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Collects the results of one account at a time; results arrive ordered by account. */
    private static final class AccountBuffer implements Consumer<CheckResult> {

        private final Consumer<AccountResults> sink;
        private AccountResults current;

        AccountBuffer(Consumer<AccountResults> sink) {
            this.sink = sink;
        }

        @Override
        public void accept(CheckResult result) {
            if (current != null && !current.accountId.equals(result.accountId())) {
                flush();
            }
            if (current == null) {
                current = new AccountResults(result.accountId());
            }
            current.add(result);
        }

        void flush() {
            if (current != null) {
                sink.accept(current);
                current = null;
            }
        }
    }

    /** The test cases of one account, by check. */
    private static final class AccountResults {

        private final String accountId;
        private final Map<String, TestCase> byCheck = new LinkedHashMap<>();

        AccountResults(String accountId) {
            this.accountId = accountId;
        }

        void add(CheckResult result) {
            byCheck.computeIfAbsent(result.checkId(), TestCase::new).add(result);
        }

        List<TestCase> cases() {
            return byCheck.values().stream()
                    .filter(c -> c.status != Status.NOT_APPLICABLE)
                    .sorted((a, b) -> a.checkId.compareTo(b.checkId))
                    .toList();
        }
    }

    /** One check for one account: FAIL over UNKNOWN over PASS over NOT_APPLICABLE, with the results that decided it. */
    private static final class TestCase {

        private final String checkId;
        private Status status = Status.NOT_APPLICABLE;
        private final List<CheckResult> deciding = new ArrayList<>();

        TestCase(String checkId) {
            this.checkId = checkId;
        }

        void add(CheckResult result) {
            int compared = Integer.compare(rank(result.status()), rank(status));
            if (compared > 0) {
                status = result.status();
                deciding.clear();
            }
            if (compared >= 0 && (status == Status.FAIL || status == Status.UNKNOWN)) {
                deciding.add(result);
            }
        }

        String firstMessage() {
            return deciding.isEmpty() ? "" : deciding.get(0).message();
        }

        String details(AuditReport report) {
            StringBuilder text = new StringBuilder();
            for (CheckResult result : deciding) {
                text.append(result.region())
                        .append(" ")
                        .append(result.resource().id())
                        .append(": ")
                        .append(result.message())
                        .append('\n');
                result.evidence()
                        .forEach((k, v) -> text.append("  ")
                                .append(k)
                                .append(" = ")
                                .append(v)
                                .append('\n'));
            }
            report.catalog()
                    .find(checkId)
                    .ifPresent(check -> text.append("Remediation: ")
                            .append(check.remediation().text())
                            .append('\n')
                            .append(check.remediation().cli())
                            .append('\n'));
            return text.toString();
        }

        private static int rank(Status status) {
            return switch (status) {
                case NOT_APPLICABLE -> 0;
                case PASS -> 1;
                case UNKNOWN -> 2;
                case FAIL -> 3;
            };
        }
    }

    /** Carries an XML error out of a result callback. */
    private static final class UncheckedXmlException extends UncheckedIOException {

        UncheckedXmlException(XMLStreamException cause) {
            super(new IOException(cause));
        }
    }
}
