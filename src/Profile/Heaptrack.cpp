//===- Heaptrack.cpp - Reading heaptrack recordings -----------------------===//
//
// A heaptrack recording is a text of lines, one event or definition each,
// compressed with zstd (heaptrack 1.4's default) or gzip. Verified against
// heaptrack's reader and writer at v1.4.0 (KDE/heaptrack,
// src/analyze/accumulatedtracedata.cpp, src/interpret/heaptrack_interpret.cpp,
// src/util/linereader.h, src/util/linewriter.h):
//
//   v <heaptrack version> <file format version>   the first line
//   s <length> <string>     string N (1-based, in order); since format 3
//                           (heaptrack 1.3) the length comes first and the
//                           string is the next <length> bytes, unescaped
//                           (it may hold spaces)
//   i <ip> <module> [<function> [<file> <line> [<function> <file> <line>]...]]
//                           instruction pointer N (1-based); all but <ip>
//                           are string indices (0: none) and the line. The
//                           first frame is the innermost; the others are
//                           the functions it was inlined into, outwards
//                           (libbacktrace reports them in that order).
//                           heaptrack_interpret writes a function without
//                           debug information alone, without file and
//                           line, and nothing after <module> for an
//                           address it cannot resolve
//   t <ip index> <parent>   trace node N (1-based); parent 0 is the root
//   a <size> <trace>        allocation info N (0-based): a size and a trace
//   + <allocation info>     an allocation
//   - <allocation info>     a deallocation
//   X, I, c, R, A, S, #     the command line, system information, time
//                           stamps, RSS, attaching, suppressions, comments:
//                           nothing here needs them
//
// Every number is hexadecimal (written in lower case). heaptrack_interpret
// writes each string, instruction pointer and trace node before the first
// line that refers to it, so an index to one not yet defined is an error.
//
// Temporary allocations, as heaptrack_print counts them for format 1 and
// later (AccumulatedTraceData::read): a `- k` is temporary when the last
// `+` or `-` line before it was `+ k` (the same allocation info: the same
// size and trace, not necessarily the same pointer). heaptrack keeps the
// last index in an integer reset to 0 by every `-`, so that a `- 0` after
// a `-` also counts; stacklift does not copy that quirk (allocation info 0
// is the program's first allocation, libstdc++'s emergency pool in
// practice, never a vector's). heaptrack_interpret's own summary at the
// end of a recording counts by pointer instead; heaptrack_print's rule is
// the one followed here.
//
// A recording cut short: a line without its final newline is incomplete
// and ignored, and the complete lines before it are used; without a
// complete `v` line there is nothing to use and reading fails. Compressed
// data whose last frame (zstd) or member (gzip) is incomplete is an error:
// heaptrack always finishes its stream, so that file was damaged.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Profile/HeapProfile.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <algorithm>
#include <climits>
#include <memory>
#include <optional>
#include <utility>
#include <zlib.h>
#include <zstd.h>

namespace stacklift {

namespace {

/// The only file format version read: heaptrack 1.3 to 1.5 write it.
constexpr uint64_t SupportedFormat = 3;

llvm::Error error(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

/// One frame of an instruction pointer: string indices, 0 for none.
struct Frame {
  uint64_t Function = 0;
  uint64_t File = 0;
  uint64_t Line = 0;
};

struct TraceNode {
  uint64_t Ip = 0;
  uint64_t Parent = 0;
};

/// The frame of an address nothing is known of.
const Frame UnknownFrame;

/// No growth site: the allocation is not a vector-like container's.
constexpr size_t NoSite = SIZE_MAX;

struct AllocationInfo {
  uint64_t Size = 0;
  size_t Site = NoSite;
};

struct SiteState {
  ProfileSite Site;
  /// The bytes allocated there and not yet freed.
  uint64_t Live = 0;
};

/// What a string says when it names a function or a file.
enum StringFlag : uint8_t {
  Classified = 1,
  SystemFile = 2,
  Allocator = 4,
  VectorMember = 8,
  AllocationLayer = 16,
};

/// Whether \p Path (normalized) is a system header or library.
bool isSystemPath(llvm::StringRef Path) {
  for (llvm::StringRef Prefix :
       {"/usr/include/", "/usr/lib/", "/usr/local/include/", "/opt/"})
    if (Path.starts_with(Prefix))
      return true;
  return Path.contains("/include/c++/") || Path.contains("/c++/v1/");
}

/// Whether \p Function (demangled) is the allocator itself.
bool isAllocator(llvm::StringRef Function) {
  llvm::StringRef Name = Function.take_until([](char C) { return C == '('; });
  if (Name.starts_with("operator new"))
    return true;
  for (llvm::StringRef Known :
       {"malloc", "calloc", "realloc", "reallocarray", "aligned_alloc",
        "posix_memalign", "memalign", "valloc", "pvalloc", "__libc_malloc",
        "__libc_calloc", "__libc_realloc", "__libc_memalign", "strdup",
        "strndup"})
    if (Name == Known)
      return true;
  return false;
}

/// \p Function (demangled) without its template arguments and parameter
/// lists: `std::vector<int>::push_back(int&&)` is `std::vector::push_back`.
std::string withoutArguments(llvm::StringRef Function) {
  std::string Bare;
  int Depth = 0;
  for (size_t I = 0; I != Function.size(); ++I) {
    // The `<`, `>` and `-` of an operator's name open and close nothing.
    if (Depth == 0 && Function.substr(I).starts_with("operator")) {
      size_t End = Function.find_first_not_of("<>=-", I + 8);
      End = End == llvm::StringRef::npos ? Function.size() : End;
      Bare += Function.slice(I, End);
      I = End - 1;
      continue;
    }
    char C = Function[I];
    if (C == '<' || C == '(')
      ++Depth;
    else if ((C == '>' || C == ')') && Depth > 0)
      --Depth;
    else if (Depth == 0)
      Bare += C;
  }
  return Bare;
}

/// Whether \p Function is a member of a vector-like container: std::vector,
/// std::__1::vector and the __split_buffer it reallocates through,
/// llvm::SmallVector(Impl, Base), boost::container::small_vector,
/// absl::InlinedVector's storage...
bool isVectorMember(llvm::StringRef Function) {
  std::string Bare = withoutArguments(Function);
  llvm::StringRef Name(Bare);
  return Name.contains("vector") || Name.contains("Vector") ||
         Name.contains("__split_buffer");
}

/// Whether \p Function is part of the allocation itself, between the
/// container and the allocator: an allocator's `allocate`, allocator_traits,
/// `_M_allocate`, `__allocate_at_least`, `llvm::safe_malloc`... (and a
/// vector's `_M_realloc_insert`, which is the vector's anyway).
bool isAllocationLayer(llvm::StringRef Function) {
  std::string Bare = withoutArguments(Function);
  return llvm::StringRef(Bare).contains_insensitive("alloc");
}

/// Reads a heaptrack recording's text in pieces of any size, so that a
/// compressed recording is parsed as it is decompressed.
class HeaptrackParser {
public:
  explicit HeaptrackParser(llvm::StringRef Name) : Name(Name) {}

  /// Parses the complete lines of \p Chunk, with what was left of the one
  /// before.
  llvm::Error consume(llvm::StringRef Chunk);

  /// The sites seen; an incomplete last line is ignored.
  llvm::Expected<std::vector<ProfileSite>> finish();

private:
  llvm::Error line(llvm::StringRef Text);
  llvm::Error header(llvm::StringRef Rest);
  llvm::Error string(llvm::StringRef Rest);
  llvm::Error instructionPointer(llvm::StringRef Rest);
  llvm::Error trace(llvm::StringRef Rest);
  llvm::Error allocationInfo(llvm::StringRef Rest);
  llvm::Error allocation(llvm::StringRef Rest, bool Allocated);

  /// Appends the hexadecimal numbers of \p Rest to \p Values.
  llvm::Error numbers(llvm::StringRef Rest,
                      llvm::SmallVectorImpl<uint64_t> &Values);
  /// An error unless \p Values has at least \p Count numbers.
  llvm::Error expectCount(llvm::ArrayRef<uint64_t> Values, size_t Count);
  /// An error unless \p Index <= \p Max.
  llvm::Error checkIndex(uint64_t Index, uint64_t Max,
                         llvm::StringRef What) const;
  llvm::Error fail(const llvm::Twine &What) const;

  uint8_t flags(uint64_t String);
  bool isLibrary(const Frame &F);
  size_t siteOf(uint64_t Trace);

  std::string Name;
  uint64_t LineNumber = 0;
  std::string Pending;
  bool SawHeader = false;

  std::vector<std::string> Strings;
  std::vector<uint8_t> Flags;
  std::vector<llvm::SmallVector<Frame, 1>> Ips;
  std::vector<TraceNode> Traces;
  std::vector<AllocationInfo> Infos;
  std::vector<SiteState> Sites;
  std::map<std::pair<uint64_t, uint64_t>, size_t> SiteIndex;
  /// The allocation info of the last line if it was a `+`.
  std::optional<uint64_t> LastAllocated;
};

llvm::Error HeaptrackParser::fail(const llvm::Twine &What) const {
  return error(llvm::Twine(Name) + ":" + llvm::Twine(LineNumber) + ": " + What);
}

llvm::Error HeaptrackParser::consume(llvm::StringRef Chunk) {
  while (!Chunk.empty()) {
    size_t End = Chunk.find('\n');
    if (End == llvm::StringRef::npos) {
      Pending += Chunk;
      return llvm::Error::success();
    }
    if (Pending.empty()) {
      if (llvm::Error E = line(Chunk.take_front(End)))
        return E;
    } else {
      Pending += Chunk.take_front(End);
      llvm::Error E = line(Pending);
      Pending.clear();
      if (E)
        return E;
    }
    Chunk = Chunk.drop_front(End + 1);
  }
  return llvm::Error::success();
}

llvm::Expected<std::vector<ProfileSite>> HeaptrackParser::finish() {
  if (!SawHeader)
    return error(Name + ": truncated, or not a heaptrack recording: no "
                        "complete 'v' header line");
  std::vector<ProfileSite> Result;
  Result.reserve(Sites.size());
  for (SiteState &State : Sites)
    Result.push_back(std::move(State.Site));
  return Result;
}

llvm::Error HeaptrackParser::line(llvm::StringRef Text) {
  ++LineNumber;
  if (Text.empty() || Text[0] == '#')
    return llvm::Error::success();
  // A line type is one character, then a space or the end of the line.
  bool Typed = Text.size() == 1 || Text[1] == ' ';
  char Type = Typed ? Text[0] : '\0';
  llvm::StringRef Rest = Text.drop_front(std::min<size_t>(2, Text.size()));
  if (!SawHeader) {
    if (Type != 'v')
      return fail("not a heaptrack recording: the first line is not a 'v' "
                  "header line");
    return header(Rest);
  }
  switch (Type) {
  case 's':
    return string(Rest);
  case 'i':
    return instructionPointer(Rest);
  case 't':
    return trace(Rest);
  case 'a':
    return allocationInfo(Rest);
  case '+':
    return allocation(Rest, /*Allocated=*/true);
  case '-':
    return allocation(Rest, /*Allocated=*/false);
  default:
    // Another `v`, and the lines nothing here needs (X, I, c, R, A, S),
    // and any later line type.
    return llvm::Error::success();
  }
}

llvm::Error HeaptrackParser::numbers(llvm::StringRef Rest,
                                     llvm::SmallVectorImpl<uint64_t> &Values) {
  llvm::SmallVector<llvm::StringRef, 8> Fields;
  Rest.split(Fields, ' ', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (llvm::StringRef Field : Fields) {
    uint64_t Value = 0;
    if (Field.getAsInteger(16, Value))
      return fail("malformed number '" + Field + "'");
    Values.push_back(Value);
  }
  return llvm::Error::success();
}

llvm::Error HeaptrackParser::expectCount(llvm::ArrayRef<uint64_t> Values,
                                         size_t Count) {
  if (Values.size() < Count)
    return fail("expected " + llvm::Twine(Count) + " numbers, found " +
                llvm::Twine(Values.size()));
  return llvm::Error::success();
}

llvm::Error HeaptrackParser::checkIndex(uint64_t Index, uint64_t Max,
                                        llvm::StringRef What) const {
  if (Index <= Max)
    return llvm::Error::success();
  return fail(What + " index 0x" + llvm::utohexstr(Index, /*LowerCase=*/true) +
              " is out of range (" + llvm::Twine(Max) + " defined)");
}

llvm::Error HeaptrackParser::header(llvm::StringRef Rest) {
  llvm::SmallVector<uint64_t, 2> Values;
  if (llvm::Error E = numbers(Rest, Values))
    return E;
  // heaptrack before 1.0 wrote no format version.
  uint64_t Format = Values.size() >= 2 ? Values[1] : 0;
  if (Format != SupportedFormat)
    return fail("heaptrack file format version " + llvm::Twine(Format) +
                " is not supported: stacklift reads version " +
                llvm::Twine(SupportedFormat) +
                ", written by heaptrack 1.3 and later");
  SawHeader = true;
  return llvm::Error::success();
}

llvm::Error HeaptrackParser::string(llvm::StringRef Rest) {
  auto [Length, Text] = Rest.split(' ');
  uint64_t Size = 0;
  if (Length.getAsInteger(16, Size))
    return fail("malformed number '" + Length + "'");
  if (Size > Text.size())
    return fail("a string of " + llvm::Twine(Size) + " bytes holds only " +
                llvm::Twine(Text.size()));
  Strings.emplace_back(Text.take_front(Size));
  Flags.push_back(0);
  return llvm::Error::success();
}

llvm::Error HeaptrackParser::instructionPointer(llvm::StringRef Rest) {
  llvm::SmallVector<uint64_t, 8> Values;
  if (llvm::Error E = numbers(Rest, Values))
    return E;
  if (llvm::Error E = expectCount(Values, 2))
    return E;
  llvm::ArrayRef<uint64_t> Fields = llvm::ArrayRef(Values).drop_front(2);
  if (Fields.size() != 1 && Fields.size() % 3 != 0)
    return fail("an instruction pointer's frames are a function, or "
                "triples of function, file and line");
  llvm::SmallVector<Frame, 1> Frames;
  for (size_t I = 0; I < Fields.size(); I += 3) {
    Frame F;
    F.Function = Fields[I];
    if (I + 2 < Fields.size()) {
      F.File = Fields[I + 1];
      F.Line = Fields[I + 2];
    }
    if (llvm::Error E = checkIndex(F.Function, Strings.size(), "string"))
      return E;
    if (llvm::Error E = checkIndex(F.File, Strings.size(), "string"))
      return E;
    Frames.push_back(F);
  }
  // An address nothing is known of is one frame without a name.
  if (Frames.empty())
    Frames.emplace_back();
  Ips.push_back(std::move(Frames));
  return llvm::Error::success();
}

llvm::Error HeaptrackParser::trace(llvm::StringRef Rest) {
  llvm::SmallVector<uint64_t, 2> Values;
  if (llvm::Error E = numbers(Rest, Values))
    return E;
  if (llvm::Error E = expectCount(Values, 2))
    return E;
  TraceNode Node{Values[0], Values[1]};
  if (llvm::Error E = checkIndex(Node.Ip, Ips.size(), "instruction pointer"))
    return E;
  // A parent is defined before its children: walks end at the root.
  if (llvm::Error E = checkIndex(Node.Parent, Traces.size(), "trace"))
    return E;
  Traces.push_back(Node);
  return llvm::Error::success();
}

llvm::Error HeaptrackParser::allocationInfo(llvm::StringRef Rest) {
  llvm::SmallVector<uint64_t, 2> Values;
  if (llvm::Error E = numbers(Rest, Values))
    return E;
  if (llvm::Error E = expectCount(Values, 2))
    return E;
  if (llvm::Error E = checkIndex(Values[1], Traces.size(), "trace"))
    return E;
  Infos.push_back({Values[0], siteOf(Values[1])});
  return llvm::Error::success();
}

llvm::Error HeaptrackParser::allocation(llvm::StringRef Rest, bool Allocated) {
  llvm::SmallVector<uint64_t, 1> Values;
  if (llvm::Error E = numbers(Rest, Values))
    return E;
  if (llvm::Error E = expectCount(Values, 1))
    return E;
  uint64_t Index = Values[0];
  if (Index >= Infos.size())
    return fail("allocation info index 0x" +
                llvm::utohexstr(Index, /*LowerCase=*/true) +
                " is out of range (" + llvm::Twine(Infos.size()) + " defined)");
  bool Temporary = !Allocated && LastAllocated == Index;
  LastAllocated = Allocated ? std::optional<uint64_t>(Index) : std::nullopt;
  const AllocationInfo &Info = Infos[Index];
  if (Info.Site == NoSite)
    return llvm::Error::success();
  SiteState &State = Sites[Info.Site];
  SiteMeasure &Measure = State.Site.Measure;
  if (Allocated) {
    ++Measure.Allocations;
    Measure.Bytes += Info.Size;
    ++Measure.Sizes[Info.Size];
    State.Live += Info.Size;
    Measure.Peak = std::max(Measure.Peak, State.Live);
  } else {
    // Never below zero, even for a free whose allocation was not recorded.
    State.Live -= std::min(State.Live, Info.Size);
    Measure.Temporary += Temporary;
  }
  return llvm::Error::success();
}

uint8_t HeaptrackParser::flags(uint64_t String) {
  uint8_t &Cached = Flags[String - 1];
  if (Cached & Classified)
    return Cached;
  llvm::StringRef Text = Strings[String - 1];
  llvm::SmallString<128> Path(Text);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true,
                               llvm::sys::path::Style::posix);
  Cached = Classified;
  if (isSystemPath(Path))
    Cached |= SystemFile;
  if (isAllocator(Text))
    Cached |= Allocator;
  if (isVectorMember(Text))
    Cached |= VectorMember;
  if (isAllocationLayer(Text))
    Cached |= AllocationLayer;
  return Cached;
}

bool HeaptrackParser::isLibrary(const Frame &F) {
  if (F.File == 0 || (flags(F.File) & SystemFile))
    return true;
  return F.Function != 0 && (flags(F.Function) & Allocator);
}

size_t HeaptrackParser::siteOf(uint64_t Trace) {
  // From the allocation outwards, over every frame, inlined ones included:
  // the first frame in the user's code is the site, when the allocation is
  // a vector-like container's buffer: the first library frame above the
  // allocation layer (operator new, the allocator, allocator_traits, ...)
  // belongs to the container. A string copied into the vector allocates
  // inside push_back too, but its allocation is the string's
  // (basic_string::_M_create), not the vector's.
  const Frame *Owner = nullptr;
  for (uint64_t T = Trace; T != 0; T = Traces[T - 1].Parent) {
    uint64_t Ip = Traces[T - 1].Ip;
    if (Ip == 0) {
      if (!Owner)
        Owner = &UnknownFrame;
      continue;
    }
    for (const Frame &F : Ips[Ip - 1]) {
      if (isLibrary(F)) {
        // A nameless frame (no symbols) decides nothing.
        if (!Owner && F.Function != 0 &&
            !(flags(F.Function) & (Allocator | AllocationLayer)))
          Owner = &F;
        continue;
      }
      if (!Owner || Owner->Function == 0 ||
          !(flags(Owner->Function) & VectorMember))
        return NoSite;
      auto [It, Inserted] =
          SiteIndex.emplace(std::make_pair(F.File, F.Line), Sites.size());
      if (Inserted) {
        SiteState State;
        State.Site.File = Strings[F.File - 1];
        State.Site.Line = static_cast<unsigned>(F.Line);
        Sites.push_back(std::move(State));
      }
      return It->second;
    }
  }
  return NoSite;
}

using ChunkSink = llvm::function_ref<llvm::Error(llvm::StringRef)>;

/// Decompresses the zstd frames of \p Data into \p Sink, piece by piece;
/// a frame need not say its decompressed size.
llvm::Error inflateZstd(llvm::StringRef Data, llvm::StringRef Name,
                        ChunkSink Sink) {
  std::unique_ptr<ZSTD_DStream, size_t (*)(ZSTD_DStream *)> Stream(
      ZSTD_createDStream(), ZSTD_freeDStream);
  if (!Stream)
    return error(Name + ": cannot allocate a zstd decompressor");
  ZSTD_initDStream(Stream.get());
  std::vector<char> Out(ZSTD_DStreamOutSize());
  ZSTD_inBuffer In{Data.data(), Data.size(), 0};
  size_t Left = 0;
  while (true) {
    ZSTD_outBuffer Piece{Out.data(), Out.size(), 0};
    Left = ZSTD_decompressStream(Stream.get(), &Piece, &In);
    if (ZSTD_isError(Left))
      return error(Name + ": corrupt zstd data: " + ZSTD_getErrorName(Left));
    if (llvm::Error E = Sink(llvm::StringRef(Out.data(), Piece.pos)))
      return E;
    // All input read and everything it holds written out.
    if (In.pos == In.size && Piece.pos < Piece.size)
      break;
  }
  if (Left != 0)
    return error(Name + ": truncated zstd data: its last frame is incomplete");
  return llvm::Error::success();
}

/// zlib's state for gzip data, ended when it goes.
struct GzipStream {
  GzipStream() { Started = inflateInit2(&Stream, 16 + MAX_WBITS) == Z_OK; }
  ~GzipStream() {
    if (Started)
      inflateEnd(&Stream);
  }
  GzipStream(const GzipStream &) = delete;
  GzipStream &operator=(const GzipStream &) = delete;

  z_stream Stream{};
  bool Started = false;
};

/// Decompresses the gzip members of \p Data into \p Sink, piece by piece.
llvm::Error inflateGzip(llvm::StringRef Data, llvm::StringRef Name,
                        ChunkSink Sink) {
  GzipStream Gzip;
  if (!Gzip.Started)
    return error(Name + ": cannot start a gzip decompressor");
  z_stream &Stream = Gzip.Stream;
  std::vector<char> Out(1 << 16);
  const char *Next = Data.data();
  size_t Left = Data.size();
  bool Ended = false;
  while (true) {
    if (Stream.avail_in == 0 && Left != 0) {
      size_t Size = std::min<size_t>(Left, UINT_MAX);
      Stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(Next));
      Stream.avail_in = static_cast<uInt>(Size);
      Next += Size;
      Left -= Size;
    }
    Stream.next_out = reinterpret_cast<Bytef *>(Out.data());
    Stream.avail_out = static_cast<uInt>(Out.size());
    int Status = inflate(&Stream, Z_NO_FLUSH);
    if (Status != Z_OK && Status != Z_STREAM_END && Status != Z_BUF_ERROR)
      return error(Name + ": corrupt gzip data: " +
                   (Stream.msg ? Stream.msg : "inflate failed"));
    size_t Produced = Out.size() - Stream.avail_out;
    if (llvm::Error E = Sink(llvm::StringRef(Out.data(), Produced)))
      return E;
    bool InputLeft = Stream.avail_in != 0 || Left != 0;
    Ended = Status == Z_STREAM_END;
    if (Ended && InputLeft)
      inflateReset(&Stream); // Another gzip member follows.
    else if (Ended || (!InputLeft && Stream.avail_out != 0))
      break;
  }
  if (!Ended)
    return error(Name + ": truncated gzip data: its last member is "
                        "incomplete");
  return llvm::Error::success();
}

bool startsWithBytes(llvm::StringRef Data, llvm::ArrayRef<uint8_t> Magic) {
  return Data.size() >= Magic.size() &&
         std::equal(Magic.begin(), Magic.end(), Data.bytes_begin());
}

} // namespace

llvm::Expected<HeapProfile> HeapProfile::parseHeaptrack(llvm::StringRef Text,
                                                        llvm::StringRef Name) {
  HeaptrackParser Parser(Name);
  if (llvm::Error E = Parser.consume(Text))
    return std::move(E);
  llvm::Expected<std::vector<ProfileSite>> Sites = Parser.finish();
  if (!Sites)
    return Sites.takeError();
  HeapProfile Profile;
  Profile.Sites = std::move(*Sites);
  Profile.Sources.emplace_back(Name);
  return Profile;
}

llvm::Expected<HeapProfile> HeapProfile::readFile(llvm::StringRef Path) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                  /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return error(Path + ": cannot read: " + Buffer.getError().message());
  llvm::StringRef Data = (*Buffer)->getBuffer();
  if (!startsWithBytes(Data, {0x28, 0xB5, 0x2F, 0xFD}) &&
      !startsWithBytes(Data, {0x1F, 0x8B}))
    return parseHeaptrack(Data, Path);
  HeaptrackParser Parser(Path);
  auto Sink = [&Parser](llvm::StringRef Chunk) {
    return Parser.consume(Chunk);
  };
  bool Zstd = startsWithBytes(Data, {0x28, 0xB5, 0x2F, 0xFD});
  if (llvm::Error E =
          Zstd ? inflateZstd(Data, Path, Sink) : inflateGzip(Data, Path, Sink))
    return std::move(E);
  llvm::Expected<std::vector<ProfileSite>> Sites = Parser.finish();
  if (!Sites)
    return Sites.takeError();
  HeapProfile Profile;
  Profile.Sites = std::move(*Sites);
  Profile.Sources.emplace_back(Path);
  return Profile;
}

} // namespace stacklift
