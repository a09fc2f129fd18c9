// text_stats.cpp - statistics over a generated corpus of English-like prose:
// normalisation, word and bigram frequencies, word-length and vowel profiles,
// sentence lengths, near-duplicate paragraphs by MinHash, and a greedy
// word-wrap of the first paragraphs.
//
// Part of stacklift's end-to-end proof (test/e2e): the input is generated
// deterministically, and main() prints a checksum of everything it computed.

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
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

  // A value in [0, n).
  std::uint32_t below(std::uint32_t n) { return next() % n; }

private:
  std::uint64_t state_;
};

std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = 1469598103934665603ULL) {
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash;
}

std::uint64_t mix(std::uint64_t hash, std::uint64_t value) {
  hash ^= value + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2);
  return hash;
}

// ---------------------------------------------------------------------------
// The corpus

const char *const kOnsets[] = {"b", "c", "d", "f", "g", "h", "l", "m", "n", "p",
                               "r", "s", "t", "v", "w", "st", "tr", "ch", "sh", "th"};
const char *const kNuclei[] = {"a", "e", "i", "o", "u", "ea", "ou", "ai", "ee"};
const char *const kCodas[] = {"", "", "", "n", "r", "s", "t", "nd", "ck", "ng", "ll"};

std::string make_word(Lcg &rng) {
  std::string word;
  const std::uint32_t syllables = 1 + rng.below(3);
  for (std::uint32_t s = 0; s < syllables; ++s) {
    word += kOnsets[rng.below(std::size(kOnsets))];
    word += kNuclei[rng.below(std::size(kNuclei))];
    word += kCodas[rng.below(std::size(kCodas))];
  }
  return word;
}

std::vector<std::string> make_vocabulary(std::size_t size, Lcg &rng) {
  std::vector<std::string> vocabulary;
  for (std::size_t i = 0; i < size; ++i)
    vocabulary.push_back(make_word(rng));
  return vocabulary;
}

// Zipf-like: low indices are drawn far more often.
const std::string &draw_word(const std::vector<std::string> &vocabulary, Lcg &rng) {
  const std::uint32_t n = static_cast<std::uint32_t>(vocabulary.size());
  const std::uint32_t a = rng.below(n);
  const std::uint32_t b = rng.below(n);
  return vocabulary[std::min(a, b) * std::min(a, b) / n];
}

std::string make_sentence(const std::vector<std::string> &vocabulary, Lcg &rng) {
  std::string sentence;
  const std::uint32_t words = 4 + rng.below(16);
  for (std::uint32_t w = 0; w < words; ++w) {
    std::string word = draw_word(vocabulary, rng);
    if (w == 0)
      word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    else if (rng.below(30) == 0)
      std::transform(word.begin(), word.end(), word.begin(),
                     [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    if (!sentence.empty())
      sentence += rng.below(12) == 0 ? "  " : " ";
    sentence += word;
    if (w + 1 < words && rng.below(9) == 0)
      sentence += rng.below(4) == 0 ? ";" : ",";
  }
  const std::uint32_t end = rng.below(10);
  sentence += end == 0 ? "?" : end == 1 ? "!" : ".";
  return sentence;
}

// Paragraphs of sentences; every tenth paragraph re-uses much of the one
// before it, as drafts and boilerplate do.
std::vector<std::string> make_corpus(std::size_t paragraphs,
                                     const std::vector<std::string> &vocabulary, Lcg &rng) {
  std::vector<std::string> corpus;
  for (std::size_t p = 0; p < paragraphs; ++p) {
    std::string paragraph;
    if (p % 10 == 9) {
      const std::string &previous = corpus.back();
      paragraph = previous.substr(0, previous.size() * 3 / 4);
      paragraph += " " + make_sentence(vocabulary, rng);
    } else {
      const std::uint32_t sentences = 2 + rng.below(6);
      for (std::uint32_t s = 0; s < sentences; ++s) {
        if (!paragraph.empty())
          paragraph += ' ';
        paragraph += make_sentence(vocabulary, rng);
      }
    }
    corpus.push_back(std::move(paragraph));
  }
  return corpus;
}

// ---------------------------------------------------------------------------
// Text processing

// Lower case, letters and apostrophes kept, everything else one space.
std::string normalise(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (unsigned char c : text) {
    if (std::isalpha(c) || c == '\'') {
      if (pending_space && !out.empty())
        out += ' ';
      pending_space = false;
      out += static_cast<char>(std::tolower(c));
    } else {
      pending_space = true;
    }
  }
  return out;
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t end = std::min(text.find(' ', pos), text.size());
    if (end > pos)
      words.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

std::vector<std::string> split_sentences(std::string_view paragraph) {
  std::vector<std::string> sentences;
  std::size_t start = 0;
  for (std::size_t i = 0; i < paragraph.size(); ++i) {
    const char c = paragraph[i];
    if (c == '.' || c == '!' || c == '?') {
      sentences.emplace_back(paragraph.substr(start, i + 1 - start));
      start = i + 1;
    }
  }
  return sentences;
}

std::vector<std::pair<std::string, std::size_t>>
most_frequent(const std::unordered_map<std::string, std::size_t> &counts, std::size_t k) {
  std::vector<std::pair<std::string, std::size_t>> entries;
  for (const auto &entry : counts)
    entries.push_back(entry);
  const auto by_count = [](const auto &a, const auto &b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  };
  k = std::min(k, entries.size());
  std::partial_sort(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(k),
                    entries.end(), by_count);
  entries.resize(k);
  return entries;
}

std::vector<std::string> bigrams(const std::vector<std::string_view> &words) {
  std::vector<std::string> pairs;
  for (std::size_t i = 1; i < words.size(); ++i) {
    std::string pair(words[i - 1]);
    pair += ' ';
    pair += words[i];
    pairs.push_back(std::move(pair));
  }
  return pairs;
}

// The vowel a word uses most, '-' for a word without vowels.
char dominant_vowel(std::string_view word) {
  static const char kVowels[] = {'a', 'e', 'i', 'o', 'u'};
  std::vector<int> counts;
  for (char vowel : kVowels)
    counts.push_back(static_cast<int>(std::count(word.begin(), word.end(), vowel)));
  const auto best = std::max_element(counts.begin(), counts.end());
  return *best == 0 ? '-' : kVowels[best - counts.begin()];
}

constexpr int kSignatureSize = 16;

std::uint32_t min_hash(const std::vector<std::string_view> &words, std::uint64_t seed) {
  std::uint32_t smallest = UINT32_MAX;
  for (std::string_view word : words)
    smallest = std::min(smallest, static_cast<std::uint32_t>(fnv1a(word, seed) >> 16));
  return smallest;
}

std::uint64_t seed_for(int k) { return 0xcbf29ce484222325ULL ^ (0x100000001b3ULL * (k + 1)); }

// The Jaccard similarity of two word sets, estimated from MinHash signatures.
double estimated_similarity(const std::vector<std::string_view> &a,
                            const std::vector<std::string_view> &b) {
  std::vector<std::uint32_t> signature_a;
  for (int k = 0; k < kSignatureSize; ++k)
    signature_a.push_back(min_hash(a, seed_for(k)));
  std::vector<std::uint32_t> signature_b;
  for (int k = 0; k < kSignatureSize; ++k)
    signature_b.push_back(min_hash(b, seed_for(k)));
  int agreeing = 0;
  for (int k = 0; k < kSignatureSize; ++k)
    if (signature_a[static_cast<std::size_t>(k)] == signature_b[static_cast<std::size_t>(k)])
      ++agreeing;
  return static_cast<double>(agreeing) / kSignatureSize;
}

// Greedy word wrap; returns the lines.
std::vector<std::string> wrap(const std::vector<std::string_view> &words, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  for (std::string_view word : words) {
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      lines.push_back(std::move(line));
      line.clear();
    }
    if (!line.empty())
      line += ' ';
    line += word;
  }
  if (!line.empty())
    lines.push_back(std::move(line));
  return lines;
}

struct Stats {
  std::size_t words = 0;
  std::size_t distinct = 0;
  std::size_t sentences = 0;
  std::size_t near_duplicates = 0;
  double mean_sentence = 0;
  std::size_t longest_word = 0;
  std::uint64_t hash = 0;
};

} // namespace

int main() {
  Lcg rng(1234567);
  const std::vector<std::string> vocabulary = make_vocabulary(600, rng);
  const std::vector<std::string> corpus = make_corpus(400, vocabulary, rng);

  Stats stats;
  std::unordered_map<std::string, std::size_t> word_counts;
  std::unordered_map<std::string, std::size_t> bigram_counts;
  std::unordered_map<char, std::size_t> vowel_counts;
  std::vector<std::size_t> length_histogram(16, 0);
  std::vector<std::string> normalised_paragraphs;
  for (const std::string &paragraph : corpus)
    normalised_paragraphs.push_back(normalise(paragraph));

  std::vector<std::size_t> sentence_lengths;
  std::vector<std::vector<std::string_view>> paragraph_words;
  for (std::size_t p = 0; p < corpus.size(); ++p) {
    const std::vector<std::string_view> words = split_words(normalised_paragraphs[p]);
    for (std::string_view word : words) {
      ++word_counts[std::string(word)];
      ++vowel_counts[dominant_vowel(word)];
      ++length_histogram[std::min<std::size_t>(word.size(), length_histogram.size() - 1)];
      stats.longest_word = std::max(stats.longest_word, word.size());
    }
    for (const std::string &pair : bigrams(words))
      ++bigram_counts[pair];
    for (const std::string &sentence : split_sentences(corpus[p]))
      sentence_lengths.push_back(split_words(normalise(sentence)).size());
    stats.words += words.size();
    paragraph_words.push_back(words);
  }
  stats.distinct = word_counts.size();
  stats.sentences = sentence_lengths.size();

  std::size_t total_sentence_words = 0;
  for (std::size_t length : sentence_lengths)
    total_sentence_words += length;
  stats.mean_sentence = sentence_lengths.empty()
                            ? 0.0
                            : static_cast<double>(total_sentence_words) /
                                  static_cast<double>(sentence_lengths.size());

  // Near-duplicate paragraphs: estimated Jaccard similarity of neighbours.
  std::vector<double> similarities;
  for (std::size_t p = 1; p < paragraph_words.size(); ++p)
    similarities.push_back(estimated_similarity(paragraph_words[p - 1], paragraph_words[p]));
  for (double similarity : similarities)
    if (similarity >= 0.5)
      ++stats.near_duplicates;

  const auto top_words = most_frequent(word_counts, 8);
  const auto top_bigrams = most_frequent(bigram_counts, 3);
  for (const auto &[word, count] : top_words)
    stats.hash = mix(fnv1a(word, stats.hash), count);
  for (const auto &[pair, count] : top_bigrams)
    stats.hash = mix(fnv1a(pair, stats.hash), count);
  for (std::size_t bucket : length_histogram)
    stats.hash = mix(stats.hash, bucket);
  for (char vowel : std::string_view("aeiou-"))
    stats.hash = mix(stats.hash, vowel_counts[vowel]);
  for (double similarity : similarities)
    stats.hash = mix(stats.hash, static_cast<std::uint64_t>(similarity * kSignatureSize));

  std::size_t wrapped_lines = 0;
  std::size_t ragged = 0;
  for (std::size_t p = 0; p < 20 && p < paragraph_words.size(); ++p) {
    const std::vector<std::string> lines = wrap(paragraph_words[p], 72);
    const std::vector<std::size_t> widths = [&lines] {
      std::vector<std::size_t> result;
      for (const std::string &line : lines)
        result.push_back(line.size());
      return result;
    }();
    for (std::size_t i = 0; i + 1 < widths.size(); ++i)
      ragged += 72 - widths[i];
    wrapped_lines += lines.size();
    for (const std::string &line : lines)
      stats.hash = fnv1a(line, stats.hash);
  }

  std::printf("corpus: %zu paragraphs, %zu sentences, %zu words, %zu distinct\n", corpus.size(),
              stats.sentences, stats.words, stats.distinct);
  std::printf("mean sentence %.2f words, longest word %zu letters, %zu near-duplicate "
              "paragraphs\n",
              stats.mean_sentence, stats.longest_word, stats.near_duplicates);
  std::printf("most frequent: %s (%zu), %s (%zu), %s (%zu); top bigram: %s (%zu)\n",
              top_words[0].first.c_str(), top_words[0].second, top_words[1].first.c_str(),
              top_words[1].second, top_words[2].first.c_str(), top_words[2].second,
              top_bigrams[0].first.c_str(), top_bigrams[0].second);
  std::printf("wrapped: %zu lines, raggedness %zu\n", wrapped_lines, ragged);
  std::printf("checksum: %016llx\n", static_cast<unsigned long long>(stats.hash));
  return 0;
}
