package org.irauditor.testing;

import java.util.List;
import org.irauditor.audit.Check;
import org.irauditor.audit.CheckCatalog;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

/** The product's whole check catalogue, validated as at start-up, without starting the application. */
public final class AllChecks {

    private AllChecks() {}

    public static CheckCatalog catalog() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context, false);
            AssignableTypeFilter isCheck = new AssignableTypeFilter(Check.class);
            // the product's checks are components; tests define small checks of their own that are not
            scanner.addIncludeFilter(
                    (reader, factory) -> reader.getAnnotationMetadata().hasAnnotation(Component.class.getName())
                            && isCheck.match(reader, factory));
            scanner.scan("org.irauditor");
            context.refresh();
            List<Check> checks = List.copyOf(context.getBeansOfType(Check.class).values());
            return CheckCatalog.load(checks);
        }
    }
}
