// short_lists.cpp - splits generated CSV lines into fields and finds the
// vowels of each line, keeping statistics; every list it builds is short,
// and how long is known only from the data.
//
// The heap-profile example (README.md here; test/e2e/profile.test): the
// vectors below grow in loops whose counts no analysis can know, so only a heap
// profile shows that they stay small (docs/profile.md); one of them is
// returned. The input is
// generated deterministically, and main() prints a checksum of everything it
// computed.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace {

// A 64-bit linear congruential generator (Knuth's MMIX constants).
class Lcg {
public:
  explicit Lcg(std::uint64_t seed) : state_(seed) {}
  std::uint32_t next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(state_ >> 33);
  }

private:
  std::uint64_t state_;
};

// Lines of 2 to 7 comma-separated fields of letters and digits.
std::vector<std::string> make_lines(int count) {
  Lcg rng(42);
  std::vector<std::string> lines;
  for (int i = 0; i < count; ++i) {
    std::string line;
    int fields = 2 + static_cast<int>(rng.next() % 6);
    for (int f = 0; f < fields; ++f) {
      if (f > 0)
        line += ',';
      int length = 1 + static_cast<int>(rng.next() % 9);
      for (int c = 0; c < length; ++c) {
        std::uint32_t r = rng.next() % 36;
        line += static_cast<char>(r < 26 ? 'a' + r : '0' + (r - 26));
      }
    }
    lines.push_back(line);
  }
  return lines;
}

// The sum of the numeric fields of one line, and how many fields it has:
// the fields are collected first, as a parser that validates a record would.
std::uint64_t numeric_sum(std::string_view line, std::size_t &fields_seen) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t comma = line.find(',', start);
    if (comma == std::string_view::npos) {
      fields.push_back(line.substr(start));
      break;
    }
    fields.push_back(line.substr(start, comma - start));
    start = comma + 1;
  }
  fields_seen += fields.size();
  std::uint64_t sum = 0;
  for (std::string_view field : fields) {
    bool numeric = !field.empty();
    std::uint64_t value = 0;
    for (char c : field) {
      if (c < '0' || c > '9') {
        numeric = false;
        break;
      }
      value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (numeric)
      sum += value;
  }
  return sum;
}

// The positions of the vowels of a word, and a hash of them.
std::uint64_t vowel_hash(std::string_view word) {
  std::vector<int> positions;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u')
      positions.push_back(static_cast<int>(i));
  }
  std::uint64_t hash = positions.size();
  for (int p : positions)
    hash = hash * 31 + static_cast<std::uint64_t>(p);
  return hash;
}

// The length of each field of a line, returned to the caller: a vector
// that leaves its function, but is as short as the line has fields.
std::vector<std::uint32_t> field_lengths(std::string_view line) {
  std::vector<std::uint32_t> lengths;
  std::uint32_t current = 0;
  for (char c : line) {
    if (c == ',') {
      lengths.push_back(current);
      current = 0;
    } else {
      ++current;
    }
  }
  lengths.push_back(current);
  return lengths;
}

} // namespace

int main() {
  std::vector<std::string> lines = make_lines(20000);
  std::size_t fields = 0;
  std::uint64_t sum = 0;
  std::uint64_t hash = 0;
  std::uint64_t widths = 0;
  for (const std::string &line : lines) {
    sum += numeric_sum(line, fields);
    hash = hash * 1099511628211ULL + vowel_hash(line);
    for (std::uint32_t length : field_lengths(line))
      widths = widths * 7 + length;
  }
  std::printf("lines %zu fields %zu sum %llu hash %llu widths %llu\n",
              lines.size(), fields, static_cast<unsigned long long>(sum),
              static_cast<unsigned long long>(hash),
              static_cast<unsigned long long>(widths));
  return 0;
}
