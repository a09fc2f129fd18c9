// tokenizer.cpp - parses a web server's access log (key=value records with
// quoted values) and a CSV inventory export, then aggregates both.
//
// Part of stacklift's end-to-end proof (test/e2e): the input is generated
// deterministically, and main() prints a checksum of everything it computed.

#include <algorithm>
#include <array>
#include <boost/container/static_vector.hpp>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

// ---------------------------------------------------------------------------
// Deterministic input

// A 64-bit linear congruential generator (Knuth's MMIX constants).
class Lcg {
public:
  explicit Lcg(std::uint64_t seed) : state_(seed) {}

  std::uint32_t next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(state_ >> 33);
  }

  // A value in [0, n).
  std::uint32_t below(std::uint32_t n) { return next() % n; }

private:
  std::uint64_t state_;
};

template <typename T, std::size_t N> const T &pick(Lcg &rng, const T (&options)[N]) {
  return options[rng.below(static_cast<std::uint32_t>(N))];
}

// FNV-1a over everything the program computes.
class Checksum {
public:
  void add(std::string_view text) {
    for (unsigned char c : text)
      mix(c);
  }
  void add(std::uint64_t value) {
    for (int shift = 0; shift < 64; shift += 8)
      mix(static_cast<unsigned char>(value >> shift));
  }
  std::uint64_t value() const { return hash_; }

private:
  void mix(unsigned char byte) {
    hash_ ^= byte;
    hash_ *= 1099511628211ULL;
  }
  std::uint64_t hash_ = 1469598103934665603ULL;
};

const char *const kMethods[] = {"GET", "GET", "GET", "GET", "POST", "PUT", "DELETE"};
const char *const kResources[] = {"items", "users", "orders", "search", "static", "health"};
const char *const kAgents[] = {"Mozilla/5.0 (X11; Linux x86_64)", "curl/8.5.0",
                               "Go-http-client/1.1", "Mozilla/5.0 (Macintosh; Intel)",
                               "python-requests/2.31"};
const int kStatuses[] = {200, 200, 200, 200, 200, 201, 204, 301, 304, 400, 404, 404, 500, 503};

std::string make_address(Lcg &rng) {
  const std::uint32_t subnet = rng.below(4);
  const std::uint32_t rack = rng.below(256);
  const std::uint32_t host = 1 + rng.below(254);
  std::string address = "10." + std::to_string(subnet) + "." + std::to_string(rack) + "." +
                        std::to_string(host);
  // A few clients sit behind a broken proxy that mangles the address.
  switch (rng.below(40)) {
  case 0:
    address += ".7";
    break;
  case 1:
    address = "10." + std::to_string(300 + rng.below(100)) + ".0.1";
    break;
  case 2:
    address = "unknown";
    break;
  default:
    break;
  }
  return address;
}

std::string make_log_line(Lcg &rng, std::uint64_t timestamp) {
  std::string line = "ts=" + std::to_string(timestamp);
  line += " ip=" + make_address(rng);
  line += " method=";
  line += pick(rng, kMethods);
  line += " path=/api/v" + std::to_string(1 + rng.below(3));
  line += "/";
  line += pick(rng, kResources);
  if (rng.below(3) != 0)
    line += "/" + std::to_string(rng.below(5000));
  line += " status=" + std::to_string(pick(rng, kStatuses));
  line += " bytes=" + std::to_string(rng.below(64 * 1024));
  line += " ua=\"";
  line += pick(rng, kAgents);
  line += "\"";
  const std::uint32_t millis = rng.below(1200);
  const std::uint32_t tenths = rng.below(10);
  line += " ms=" + std::to_string(millis) + "." + std::to_string(tenths);
  return line;
}

std::vector<std::string> generate_log(std::size_t count, Lcg &rng) {
  std::vector<std::string> lines;
  std::uint64_t timestamp = 1700000000;
  lines.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    timestamp += rng.below(4);
    lines.push_back(make_log_line(rng, timestamp));
  }
  return lines;
}

const char *const kAdjectives[] = {"small", "large", "blue", "steel", "spare", "heavy-duty"};
const char *const kNouns[] = {"widget", "bracket", "hinge", "gasket", "valve", "spring", "bolt"};
const char *const kWarehouses[] = {"north", "south", "east", "dock-7"};

std::string make_csv_row(Lcg &rng, std::size_t serial) {
  // Column order as the export tool writes it: price,sku,qty,name,warehouse.
  const std::uint32_t units = 1 + rng.below(400);
  const std::uint32_t cents = 10 + rng.below(90);
  const std::uint32_t quantity = rng.below(250);
  std::string row = std::to_string(units) + "." + std::to_string(cents) + ",SKU-" +
                    std::to_string(10000 + serial) + "," + std::to_string(quantity) + ",";
  std::string name = pick(rng, kAdjectives);
  name += " ";
  name += pick(rng, kNouns);
  switch (rng.below(6)) {
  case 0: // A comma forces quoting.
    row += "\"" + name + ", ";
    row += pick(rng, kAdjectives);
    row += "\"";
    break;
  case 1: // So does an embedded quote, which is doubled.
    row += "\"" + name + " \"\"" + std::to_string(rng.below(20)) + "mm\"\"\"";
    break;
  default:
    row += name;
    break;
  }
  row += ",";
  row += pick(rng, kWarehouses);
  // Now and then a truncated row, as when the export is interrupted.
  if (rng.below(97) == 0)
    row.resize(row.size() / 2);
  return row;
}

std::vector<std::string> generate_inventory(std::size_t count, Lcg &rng) {
  std::vector<std::string> lines;
  lines.push_back("price,sku,qty,name,warehouse");
  lines.reserve(lines.size() + count);
  for (std::size_t i = 0; i < count; ++i)
    lines.push_back(make_csv_row(rng, i));
  return lines;
}

// ---------------------------------------------------------------------------
// The access log

enum class TokenKind { Word, Equals, Quoted };

struct Token {
  TokenKind kind;
  std::string_view text;
};

std::vector<Token> tokenize(std::string_view line) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < line.size()) {
    const char c = line[i];
    if (c == ' ') {
      ++i;
    } else if (c == '=') {
      tokens.push_back({TokenKind::Equals, line.substr(i, 1)});
      ++i;
    } else if (c == '"') {
      std::size_t end = line.find('"', i + 1);
      if (end == std::string_view::npos)
        end = line.size();
      tokens.push_back({TokenKind::Quoted, line.substr(i + 1, end - i - 1)});
      i = end + 1;
    } else {
      std::size_t end = i;
      while (end < line.size() && line[end] != ' ' && line[end] != '=' && line[end] != '"')
        ++end;
      tokens.push_back({TokenKind::Word, line.substr(i, end - i)});
      i = end;
    }
  }
  return tokens;
}

struct Field {
  std::string_view key;
  std::string_view value;
};

// key=value pairs; anything else is skipped up to the next word.
std::vector<Field> parse_fields(const std::vector<Token> &tokens) {
  std::vector<Field> fields;
  std::size_t i = 0;
  while (i + 3 <= tokens.size()) {
    const Token &key = tokens[i];
    const Token &equals = tokens[i + 1];
    const Token &value = tokens[i + 2];
    if (key.kind == TokenKind::Word && equals.kind == TokenKind::Equals &&
        value.kind != TokenKind::Equals) {
      fields.push_back({key.text, value.text});
      i += 3;
    } else {
      ++i;
    }
  }
  return fields;
}

std::string_view find_field(const std::vector<Field> &fields, std::string_view key) {
  for (const Field &field : fields)
    if (field.key == key)
      return field.value;
  return {};
}

std::uint64_t parse_unsigned(std::string_view text) {
  std::uint64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9')
      break;
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return value;
}

// "123.4" -> 1234.
std::uint64_t parse_tenths(std::string_view text) {
  const std::size_t dot = text.find('.');
  if (dot == std::string_view::npos)
    return parse_unsigned(text) * 10;
  return parse_unsigned(text.substr(0, dot)) * 10 + parse_unsigned(text.substr(dot + 1, 1));
}

constexpr unsigned kBadOctet = 256;

// Reads the decimal octet at `pos` and the '.' after it, if any.
unsigned read_octet(std::string_view text, std::size_t &pos) {
  unsigned value = 0;
  std::size_t digits = 0;
  while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && digits < 4) {
    value = value * 10 + static_cast<unsigned>(text[pos] - '0');
    ++pos;
    ++digits;
  }
  if (pos < text.size() && text[pos] == '.')
    ++pos;
  return digits == 0 || digits > 3 ? kBadOctet : value;
}

// A dotted quad such as "10.1.200.7"; nothing unless it has exactly four
// octets of 0-255.
std::optional<std::uint32_t> parse_ipv4(std::string_view text) {
  std::array<unsigned, 4> octets;
  std::size_t pos = 0;
  for (int k = 0; k < 4; ++k)
    octets[static_cast<std::size_t>(k)] = read_octet(text, pos);
  if (pos != text.size() || text.empty() || text.back() == '.')
    return std::nullopt;
  std::uint32_t address = 0;
  for (unsigned octet : octets) {
    if (octet > 255)
      return std::nullopt;
    address = address << 8 | octet;
  }
  return address;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos)
      break;
    start = end + 1;
  }
  return parts;
}

struct LogRecord {
  std::uint64_t timestamp = 0;
  std::optional<std::uint32_t> client;
  std::string method;
  std::string resource;
  int status = 0;
  std::uint64_t bytes = 0;
  std::uint64_t tenths_of_ms = 0;
  std::string agent;
};

LogRecord parse_log_line(const std::string &line) {
  const std::vector<Token> tokens = tokenize(line);
  const std::vector<Field> fields = parse_fields(tokens);
  LogRecord record;
  record.timestamp = parse_unsigned(find_field(fields, "ts"));
  record.client = parse_ipv4(find_field(fields, "ip"));
  record.method = std::string(find_field(fields, "method"));
  // "/api/v2/orders/17" -> "orders"
  const std::vector<std::string_view> segments = split(find_field(fields, "path"), '/');
  if (segments.size() > 3)
    record.resource = std::string(segments[3]);
  record.status = static_cast<int>(parse_unsigned(find_field(fields, "status")));
  record.bytes = parse_unsigned(find_field(fields, "bytes"));
  record.tenths_of_ms = parse_tenths(find_field(fields, "ms"));
  record.agent = std::string(find_field(fields, "ua"));
  return record;
}

std::vector<LogRecord> parse_log(const std::vector<std::string> &lines) {
  std::vector<LogRecord> records;
  records.reserve(lines.size());
  for (const std::string &line : lines)
    records.push_back(parse_log_line(line));
  return records;
}

std::uint64_t percentile(std::vector<std::uint64_t> &values, double q) {
  if (values.empty())
    return 0;
  const auto rank = static_cast<std::size_t>(q * static_cast<double>(values.size() - 1));
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(rank),
                   values.end());
  return values[rank];
}

struct LogSummary {
  std::size_t records = 0;
  std::size_t bad_addresses = 0;
  std::size_t distinct_clients = 0;
  std::size_t server_errors = 0;
  std::uint64_t p50_tenths = 0;
  std::uint64_t p99_tenths = 0;
  std::map<std::string, std::uint64_t> bytes_by_resource;
  std::map<int, std::size_t> by_status;
};

LogSummary summarise(const std::vector<LogRecord> &records) {
  LogSummary summary;
  summary.records = records.size();

  std::vector<std::uint32_t> clients;
  for (const LogRecord &record : records) {
    if (record.client)
      clients.push_back(*record.client);
    else
      ++summary.bad_addresses;
  }
  std::sort(clients.begin(), clients.end());
  summary.distinct_clients =
      static_cast<std::size_t>(std::unique(clients.begin(), clients.end()) - clients.begin());

  std::vector<std::uint64_t> latencies;
  latencies.reserve(records.size());
  for (std::size_t i = 0; i < records.size(); ++i)
    latencies.push_back(records[i].tenths_of_ms);
  summary.p50_tenths = percentile(latencies, 0.50);
  summary.p99_tenths = percentile(latencies, 0.99);

  for (const LogRecord &record : records) {
    summary.bytes_by_resource[record.resource] += record.bytes;
    ++summary.by_status[record.status];
    if (record.status >= 500)
      ++summary.server_errors;
  }
  return summary;
}

// ---------------------------------------------------------------------------
// The inventory export

// One CSV line: fields separated by commas, optionally in double quotes, with
// "" for a quote inside quotes.
std::vector<std::string> parse_csv_line(std::string_view line) {
  std::vector<std::string> fields;
  std::string current;
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c != '"') {
        current += c;
      } else if (i + 1 < line.size() && line[i + 1] == '"') {
        current += '"';
        ++i;
      } else {
        quoted = false;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  fields.push_back(std::move(current));
  return fields;
}

// "12.50" -> 1250.
long parse_cents(std::string_view text) {
  const std::size_t dot = text.find('.');
  const long units = static_cast<long>(parse_unsigned(text.substr(0, dot)));
  if (dot == std::string_view::npos)
    return units * 100;
  std::string_view fraction = text.substr(dot + 1, 2);
  long cents = static_cast<long>(parse_unsigned(fraction));
  if (fraction.size() == 1)
    cents *= 10;
  return units * 100 + cents;
}

struct Item {
  std::string sku;
  std::string name;
  long quantity = 0;
  long price_cents = 0;
};

constexpr std::size_t kMissing = static_cast<std::size_t>(-1);

std::size_t column_index(const std::vector<std::string> &header, std::string_view name) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name)
      return i;
  return kMissing;
}

std::vector<Item> load_inventory(const std::vector<std::string> &csv, std::size_t &rejected) {
  std::vector<Item> items;
  rejected = 0;
  if (csv.empty())
    return items;

  // The export does not promise a column order, only the column names.
  const std::vector<std::string> header = parse_csv_line(csv.front());
  static constexpr const char *kRequired[] = {"sku", "name", "qty", "price"};
  boost::container::static_vector<std::size_t, 4> columns;
  for (const char *name : kRequired)
    columns.push_back(column_index(header, name));
  for (std::size_t column : columns)
    if (column == kMissing)
      return items;

  for (std::size_t row = 1; row < csv.size(); ++row) {
    const std::vector<std::string> fields = parse_csv_line(csv[row]);
    if (fields.size() != header.size()) {
      ++rejected;
      continue;
    }
    Item item;
    item.sku = fields[columns[0]];
    item.name = fields[columns[1]];
    item.quantity = static_cast<long>(parse_unsigned(fields[columns[2]]));
    item.price_cents = parse_cents(fields[columns[3]]);
    items.push_back(std::move(item));
  }
  return items;
}

struct InventorySummary {
  long stock_value_cents = 0;
  long median_price_cents = 0;
  std::size_t quoted_names = 0;
  std::size_t out_of_stock = 0;
};

InventorySummary summarise(const std::vector<Item> &items) {
  InventorySummary summary;
  std::vector<long> prices;
  prices.reserve(items.size());
  for (const Item &item : items)
    prices.push_back(item.price_cents);
  if (!prices.empty()) {
    const auto middle = prices.begin() + static_cast<std::ptrdiff_t>(prices.size() / 2);
    std::nth_element(prices.begin(), middle, prices.end());
    summary.median_price_cents = *middle;
  }
  for (const Item &item : items) {
    summary.stock_value_cents += item.quantity * item.price_cents;
    if (item.name.find_first_of(",\"") != std::string::npos)
      ++summary.quoted_names;
    if (item.quantity == 0)
      ++summary.out_of_stock;
  }
  return summary;
}

} // namespace

int main() {
  Lcg rng(20240607);
  Checksum checksum;

  const std::vector<std::string> log_lines = generate_log(6000, rng);
  const std::vector<LogRecord> records = parse_log(log_lines);
  const LogSummary log = summarise(records);
  for (const LogRecord &record : records) {
    checksum.add(record.timestamp);
    checksum.add(record.client.value_or(0));
    checksum.add(record.method);
    checksum.add(record.agent);
  }
  for (const auto &[resource, bytes] : log.bytes_by_resource) {
    checksum.add(resource);
    checksum.add(bytes);
  }
  for (const auto &[status, count] : log.by_status) {
    checksum.add(static_cast<std::uint64_t>(status));
    checksum.add(count);
  }

  const std::vector<std::string> csv = generate_inventory(4000, rng);
  std::size_t rejected = 0;
  const std::vector<Item> items = load_inventory(csv, rejected);
  const InventorySummary inventory = summarise(items);
  for (const Item &item : items) {
    checksum.add(item.sku);
    checksum.add(item.name);
    checksum.add(static_cast<std::uint64_t>(item.quantity));
  }
  checksum.add(static_cast<std::uint64_t>(inventory.stock_value_cents));

  std::printf("log: %zu records, %zu bad addresses, %zu clients, %zu server errors\n",
              log.records, log.bad_addresses, log.distinct_clients, log.server_errors);
  std::printf("latency: p50 %llu.%llu ms, p99 %llu.%llu ms\n",
              static_cast<unsigned long long>(log.p50_tenths / 10),
              static_cast<unsigned long long>(log.p50_tenths % 10),
              static_cast<unsigned long long>(log.p99_tenths / 10),
              static_cast<unsigned long long>(log.p99_tenths % 10));
  std::printf("inventory: %zu items (%zu rejected), %zu quoted names, %zu out of stock, "
              "median price %ld.%02ld, stock value %ld.%02ld\n",
              items.size(), rejected, inventory.quoted_names, inventory.out_of_stock,
              inventory.median_price_cents / 100, inventory.median_price_cents % 100,
              inventory.stock_value_cents / 100, inventory.stock_value_cents % 100);
  std::printf("checksum: %016llx\n", static_cast<unsigned long long>(checksum.value()));
  return 0;
}
