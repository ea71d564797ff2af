package io.closedloop.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.closedloop.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON array of a batch token by token, one item at a time, so an array longer than
 * {@link IntakeLimits#batchItems()} is refused at the first item too many instead of after it is
 * held whole, and a field longer than {@link IntakeLimits#fieldLength()} is refused naming it and its row.
 */
final class BatchReader {

  private final ObjectMapper json;
  private final IntakeLimits limits;

  BatchReader(ObjectMapper json, IntakeLimits limits) {
    this.json = json;
    this.limits = limits;
  }

  /** The items of the array, each as sent (an item that is no object is rejected later, as its row). */
  List<JsonNode> read(InputStream body) throws IOException {
    try (JsonParser parser = json.getFactory().createParser(body)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new InvalidInputException("body", "must be a JSON array of responses");
      }
      List<JsonNode> items = new ArrayList<>();
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
        if (token == null) {
          throw new InvalidInputException("body", "is not valid JSON: the array is not closed");
        }
        if (items.size() == limits.batchItems()) {
          throw tooManyItems(limits);
        }
        JsonNode item = parser.readValueAsTree();
        checkFieldLengths(item, "", items.size() + 1);
        items.add(item);
      }
      if (parser.nextToken() != null) {
        throw new InvalidInputException("body", "is not valid JSON: there is more after the array");
      }
      return items;
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("body", "is not valid JSON: " + e.getOriginalMessage());
    }
  }

  static IntakeLimitExceeded tooManyItems(IntakeLimits limits) {
    return IntakeLimitExceeded.tooLarge("body", "holds more than the limit of " + limits.batchItems() + " responses for a batch");
  }

  private void checkFieldLengths(JsonNode node, String path, int row) {
    if (node.isTextual() && node.textValue().length() > limits.fieldLength()) {
      throw IntakeLimitExceeded.fieldTooLong(path.isEmpty() ? "body" : path, row, limits.fieldLength());
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        checkFieldLengths(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), row);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkFieldLengths(node.get(i), path + "[" + i + "]", row);
      }
    }
  }
}
