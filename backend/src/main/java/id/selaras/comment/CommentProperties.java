package id.selaras.comment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How comments behave: how long their author may edit them, and how deep replies nest. */
@ConfigurationProperties("selaras.comments")
public record CommentProperties(@DefaultValue("15m") Duration editWindow, @DefaultValue("3") int maxDepth) {
}
