package org.irauditor.aws;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;

/** The AWS partition of a region, for ARNs and console links; never assume {@code aws}. */
public final class Partitions {

    private Partitions() {}

    /** The partition id (aws, aws-us-gov, aws-cn, ...) of a region, from the SDK's region metadata. */
    public static String ofRegion(String region) {
        RegionMetadata metadata = RegionMetadata.of(Region.of(region));
        if (metadata != null) {
            return metadata.partition().id();
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        return "aws";
    }

    /** The partition named in an ARN such as {@code arn:aws-us-gov:organizations::...}. */
    public static String ofArn(String arn) {
        String[] parts = arn.split(":", 3);
        if (parts.length < 3 || !"arn".equals(parts[0]) || parts[1].isBlank()) {
            throw new IllegalArgumentException("not an ARN: " + arn);
        }
        return parts[1];
    }
}
