#include "inventory.h"

#include <sstream>
#include <stdexcept>

namespace inventory {

namespace {

const char *const kSampleRows[] = {
    "WID-1001,north,120,2.50",
    "WID-1002,north,8,14.75",
    "GAD-2001,south,42,39.90",
    "GAD-2002,south,0,129.00",
    "WID-1001,south,65,2.50",
    "BOL-3001,east,900,0.12",
    "BOL-3002,east,450,0.18,,legacy",
    "GAD-2001,east,3,39.90",
    "SPR-4001,west,75,1.05",
    "SPR-4002,west,12,6.40",
    "WID-1002,west,31,14.75",
    "BOL-3001,north,1200,0.12",
    "SPR-4001,west,20,1.05",
};

} // namespace

std::vector<std::string> sample_lines() {
    std::vector<std::string> lines;
    lines.reserve(13);
    for (const char *row : kSampleRows) {
        lines.emplace_back(row);
    }
    return lines;
}

std::vector<std::string> split_fields(const std::string &line) {
    std::vector<std::string> fields;
    std::istringstream in(line);
    std::string field;
    while (std::getline(in, field, ',')) {
        fields.push_back(field);
    }
    return fields;
}

std::vector<std::string> leading_fields(const std::vector<std::string> &fields) {
    std::vector<std::string> kept;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].empty()) {
            break;
        }
        kept.push_back(fields[i]);
    }
    return kept;
}

StockRecord parse_record(const std::string &line) {
    const std::vector<std::string> fields = leading_fields(split_fields(line));
    if (fields.size() < 4) {
        throw std::runtime_error("malformed stock row: " + line);
    }
    StockRecord record;
    record.sku = fields[0];
    record.warehouse = fields[1];
    record.quantity = std::stoi(fields[2]);
    record.unit_price = std::stod(fields[3]);
    return record;
}

std::vector<StockRecord> parse_lines(const std::vector<std::string> &lines) {
    std::vector<StockRecord> records;
    records.reserve(lines.size());
    for (const auto &line : lines) {
        records.push_back(parse_record(line));
    }
    return records;
}

void collect_skus(const std::vector<StockRecord> &records,
                  std::vector<std::string> &out) {
    for (const auto &record : records) {
        out.push_back(record.sku);
    }
}

std::uint64_t fnv1a(const std::string &text, std::uint64_t seed) {
    std::uint64_t hash = seed;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    return hash;
}

} // namespace inventory
