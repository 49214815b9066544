package org.irauditor.settings;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.irauditor.core.InvalidConfigurationException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the reports and state folders, proves they can be written and locks the state folder for this run
 * before any bean is built: the state
 * folder holds the embedded job database, which is opened while the application starts, and a reports folder
 * found unusable only after every account was audited would waste the whole run.
 */
@Component
public class ReportFolders implements BeanFactoryPostProcessor, EnvironmentAware {

    private static final String LOCK_BEAN = "auditStateDirectoryLock";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        AuditProperties.Reports reports =
                Binder.get(environment).bindOrCreate("audit.reports", AuditProperties.Reports.class);
        List<String> problems = new ArrayList<>();
        check("audit.reports.directory", reports.directory(), problems);
        check("audit.reports.state-directory", reports.stateDirectory(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException("Invalid settings", problems);
        }
        StateDirectoryLock lock = StateDirectoryLock.acquire(reports.stateDirectory());
        beanFactory.registerSingleton(LOCK_BEAN, lock);
        if (beanFactory instanceof DefaultListableBeanFactory registry) {
            registry.registerDisposableBean(LOCK_BEAN, lock);
        }
    }

    static void check(String setting, Path folder, List<String> problems) {
        try {
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, ".write-check", ".tmp"));
        } catch (IOException e) {
            problems.add(setting + " '" + folder + "' is not a folder the auditor can create and write to: "
                    + reason(folder, e));
        }
    }

    private static String reason(Path folder, IOException e) {
        for (Path part = folder.toAbsolutePath(); part != null; part = part.getParent()) {
            if (Files.exists(part) && !Files.isDirectory(part)) {
                return part + " is a file, not a folder";
            }
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " exists and is not a folder";
        }
        if (e instanceof AccessDeniedException denied) {
            return "no permission to write to " + denied.getFile();
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getFile() + ": " + fileSystem.getReason();
        }
        return e.getMessage();
    }
}
