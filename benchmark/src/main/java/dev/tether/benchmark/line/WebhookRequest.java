package dev.tether.benchmark.line;

/**
 * One webhook ready to send: {@code signature} is the {@code X-Line-Signature} of {@code body}'s
 * exact UTF-8 bytes. It carries one text message from {@code lineUserId} with {@code replyToken}.
 */
public record WebhookRequest(String lineUserId, String replyToken, String signature, String body) {
}
