package cn.gov.dehong.cloud.application.internal;

import jakarta.validation.constraints.Size;

/** Yes or no on a step, with the reason (required for a no). */
public record Decision(boolean approved, @Size(max = 2000) String comment) {
}
