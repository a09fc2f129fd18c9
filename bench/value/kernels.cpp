// Kernels of realistic work, written the way such code usually is.
#include "kernels.h"
#include <algorithm>
#include <cmath>
#include <string_view>

namespace {
struct Record {
  std::string_view Key, Kind;
  long Amount;
  long Count;
};

long toNumber(std::string_view Text) {
  long N = 0;
  for (char C : Text)
    if (C >= '0' && C <= '9')
      N = N * 10 + (C - '0');
  return N;
}
} // namespace

// Splits "key,kind,amount,count" lines into records.
std::uint64_t tokenizeRecords(const std::vector<std::string> &Lines) {
  std::vector<Record> Records;
  for (const std::string &Line : Lines) {
    std::string_view Rest = Line;
    std::vector<std::string_view> Fields;
    for (int Column = 0; Column < 4; ++Column) {
      std::size_t Comma = Rest.find(',');
      Fields.push_back(Rest.substr(0, Comma));
      Rest = Comma == std::string_view::npos ? std::string_view()
                                             : Rest.substr(Comma + 1);
    }
    Records.push_back(
        {Fields[0], Fields[1], toNumber(Fields[2]), toNumber(Fields[3])});
  }
  std::uint64_t Sum = 0;
  for (const Record &R : Records)
    Sum += R.Key.size() * 31 + R.Kind.size() + R.Amount * R.Count;
  return Sum;
}

// For every open cell, the open cells next to it.
std::uint64_t gridNeighbours(const std::vector<std::uint8_t> &Grid, int Width,
                             int Height) {
  static const int DX[] = {1, -1, 0, 0};
  static const int DY[] = {0, 0, 1, -1};
  std::uint64_t Sum = 0;
  for (int Y = 0; Y < Height; ++Y) {
    for (int X = 0; X < Width; ++X) {
      if (!Grid[Y * Width + X])
        continue;
      std::vector<int> Neighbours;
      for (int D = 0; D < 4; ++D) {
        int NX = X + DX[D], NY = Y + DY[D];
        if (NX >= 0 && NX < Width && NY >= 0 && NY < Height &&
            Grid[NY * Width + NX])
          Neighbours.push_back(NY * Width + NX);
      }
      for (int N : Neighbours)
        Sum += static_cast<std::uint64_t>(N) % 97;
    }
  }
  return Sum;
}

// Indices of the values above a threshold, then their sum.
std::uint64_t collectMatches(const std::vector<int> &Values, int Threshold) {
  std::vector<std::size_t> Matches;
  for (std::size_t I = 0; I < Values.size(); ++I)
    if (Values[I] > Threshold)
      Matches.push_back(I);
  std::uint64_t Sum = 0;
  for (std::size_t I : Matches)
    Sum += I;
  return Sum;
}

// The words of each short line, split at spaces, then a hash of their
// lengths. How many words a line has only the data knows: a heap profile
// shows that it is a few.
std::uint64_t splitWords(const std::vector<std::string> &Lines) {
  std::uint64_t Hash = 0;
  for (const std::string &Line : Lines) {
    std::vector<std::string_view> Words;
    std::string_view Rest = Line;
    while (!Rest.empty()) {
      std::size_t Space = Rest.find(' ');
      Words.push_back(Rest.substr(0, Space));
      if (Space == std::string_view::npos)
        break;
      Rest.remove_prefix(Space + 1);
    }
    for (std::string_view Word : Words)
      Hash = Hash * 31 + Word.size();
  }
  return Hash;
}

// The width of each comma-separated field of a line, returned to the
// caller. How many fields a line has only the data knows: a heap profile
// shows that it is a few.
static std::vector<std::uint32_t> fieldWidthsOf(std::string_view Line) {
  std::vector<std::uint32_t> Widths;
  std::uint32_t Width = 0;
  for (char C : Line) {
    if (C == ',') {
      Widths.push_back(Width);
      Width = 0;
    } else {
      ++Width;
    }
  }
  Widths.push_back(Width);
  return Widths;
}

// A hash of the field widths of every line.
std::uint64_t fieldWidths(const std::vector<std::string> &Lines) {
  std::uint64_t Hash = 0;
  for (const std::string &Line : Lines)
    for (std::uint32_t Width : fieldWidthsOf(Line))
      Hash = Hash * 31 + Width;
  return Hash;
}

// Rotates every polygon and sums its bounding boxes.
std::uint64_t transformPolygons(const std::vector<std::vector<Point>> &Polygons,
                                double Angle) {
  double C = std::cos(Angle), S = std::sin(Angle);
  double Total = 0;
  for (const std::vector<Point> &Polygon : Polygons) {
    std::vector<Point> Rotated;
    for (const Point &P : Polygon)
      Rotated.push_back({P.X * C - P.Y * S, P.X * S + P.Y * C});
    double MinX = 1e300, MinY = 1e300, MaxX = -1e300, MaxY = -1e300;
    for (const Point &P : Rotated) {
      MinX = std::min(MinX, P.X);
      MinY = std::min(MinY, P.Y);
      MaxX = std::max(MaxX, P.X);
      MaxY = std::max(MaxY, P.Y);
    }
    std::vector<Point> Corners;
    for (int I = 0; I < 4; ++I)
      Corners.push_back({I & 1 ? MaxX : MinX, I & 2 ? MaxY : MinY});
    for (const Point &P : Corners)
      Total += P.X + P.Y;
  }
  return static_cast<std::uint64_t>(std::llabs(static_cast<long long>(Total)));
}
