//===- ParentIndexTest.cpp - Tests of the one-function parent index -------===//
//
// ParentIndex is meant to give, for every statement and declaration inside
// one function, the parents ASTContext::getParents gives. Each case below
// builds an index for one function, walks every Stmt and Decl inside it (with
// implicit code and template instantiations, as both walks do) and compares
// the two answers as sets.
//
// The comparison holds where the oracle's parents are statements,
// declarations and type locations inside the function. The differences that
// remain are by design, and each case lists those it meets:
//   - "outside: <child> <- <parent>": the oracle also knows a parent outside
//     the function (a default argument is shared by the parameter that
//     declares it and by every call that uses it); the index only sees the
//     function.
//   - "kind: <child> <- <oracle parent> / <index parent>": the oracle's parent
//     is a node the index does not record (an attribute, as in
//     `alignas(N)`); the index gives the nearest enclosing node it records.
// Member initialisers are no such difference: for both, the expression in
// `: Size(n)` has the constructor as parent.
//
//===----------------------------------------------------------------------===//

#include "stacklift/Analysis/Index/ParentIndex.h"
#include "TestAST.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include <set>

using namespace clang;
using namespace clang::ast_matchers;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace stacklift {
namespace {

/// Every statement and declaration inside a declaration, walked as the
/// parent map walks the translation unit.
class NodeCollector : public RecursiveASTVisitor<NodeCollector> {
public:
  bool shouldVisitImplicitCode() const { return true; }
  bool shouldVisitTemplateInstantiations() const { return true; }

  bool VisitStmt(Stmt *S) {
    Nodes.insert(DynTypedNode::create(*S));
    return true;
  }
  bool VisitDecl(Decl *D) {
    Nodes.insert(DynTypedNode::create(*D));
    return true;
  }

  std::set<DynTypedNode> Nodes;
};

/// The index against the oracle, for one function.
struct Comparison {
  /// "<child>: index {...} oracle {...}" for every node where they differ.
  std::vector<std::string> Mismatches;
  /// The differences by design, summarised by node kind (see the file
  /// comment); a set, so that a case lists each kind of difference once.
  std::set<std::string> Differences;
  /// How many nodes were compared.
  unsigned Compared = 0;
};

class ParentIndexTest : public ::testing::Test {
protected:
  void build(llvm::StringRef Code) {
    AST = std::make_unique<test::TestAST>(Code);
  }

  const FunctionDecl *function(llvm::StringRef Name) {
    return AST->select<FunctionDecl>(
        functionDecl(hasName(Name), isDefinition(), unless(isImplicit())));
  }

  std::string describe(const DynTypedNode &N) {
    std::string Out = N.getNodeKind().asStringRef().str();
    SourceLocation Loc = N.getSourceRange().getBegin();
    if (Loc.isValid())
      Out += " @" +
             std::to_string(AST->sourceManager().getExpansionLineNumber(Loc) -
                            test::mockStdLines());
    return Out;
  }

  std::string describe(llvm::ArrayRef<DynTypedNode> Nodes) {
    std::string Out = "{";
    for (const DynTypedNode &N : Nodes)
      Out += (Out.size() > 1 ? ", " : "") + describe(N);
    return Out + "}";
  }

  /// Compares the index of \p Root with ASTContext::getParents for every
  /// node inside \p Root.
  Comparison compare(const Decl &Root) {
    ParentIndex Index(Root);
    NodeCollector Collector;
    Collector.TraverseDecl(const_cast<Decl *>(&Root));
    auto IsInside = [&](const DynTypedNode &N) {
      if (N.get<TypeLoc>())
        return true;
      return N.get<Decl>() == &Root || Collector.Nodes.count(N);
    };
    auto IsRecorded = [](const DynTypedNode &N) {
      return N.get<Stmt>() || N.get<Decl>() || N.get<TypeLoc>();
    };
    Comparison Result;
    for (const DynTypedNode &Node : Collector.Nodes) {
      if (Node.get<Decl>() == &Root)
        continue;
      llvm::SmallVector<DynTypedNode, 2> Expected;
      bool OtherKind = false;
      for (const DynTypedNode &P : AST->context().getParents(Node)) {
        if (!IsRecorded(P)) {
          OtherKind = true;
          continue;
        }
        if (IsInside(P))
          Expected.push_back(P);
        else
          Result.Differences.insert(
              "outside: " + Node.getNodeKind().asStringRef().str() + " <- " +
              P.getNodeKind().asStringRef().str());
      }
      llvm::ArrayRef<DynTypedNode> Actual = Index.parents(Node);
      if (OtherKind) {
        for (const DynTypedNode &P : AST->context().getParents(Node))
          if (!IsRecorded(P))
            Result.Differences.insert(
                "kind: " + Node.getNodeKind().asStringRef().str() + " <- " +
                P.getNodeKind().asStringRef().str() + " / " +
                (Actual.size() == 1
                     ? Actual.front().getNodeKind().asStringRef().str()
                     : describe(Actual)));
        continue;
      }
      ++Result.Compared;
      std::set<DynTypedNode> ActualSet(Actual.begin(), Actual.end());
      std::set<DynTypedNode> ExpectedSet(Expected.begin(), Expected.end());
      if (ActualSet != ExpectedSet || ActualSet.size() != Actual.size())
        Result.Mismatches.push_back(describe(Node) + ": index " +
                                    describe(Actual) + " oracle " +
                                    describe(Expected));
    }
    return Result;
  }

  std::unique_ptr<test::TestAST> AST;
};

//===----------------------------------------------------------------------===//
// The index against the oracle, one realistic function per case.
//===----------------------------------------------------------------------===//

struct OracleCase {
  const char *Name;
  const char *Code;
  /// The function to index; its template instantiation when Instantiation.
  const char *Function;
  bool Instantiation;
  /// The differences by design this function shows, as in the file comment.
  std::vector<std::string> Differences;
};

void PrintTo(const OracleCase &C, std::ostream *OS) { *OS << C.Name; }

class ParentIndexOracleTest : public ParentIndexTest,
                              public ::testing::WithParamInterface<OracleCase> {
};

TEST_P(ParentIndexOracleTest, SameParentsAsGetParents) {
  const OracleCase &Case = GetParam();
  build(Case.Code);
  const FunctionDecl *Root =
      Case.Instantiation
          ? AST->select<FunctionDecl>(
                functionDecl(hasName(Case.Function), isTemplateInstantiation()))
          : function(Case.Function);
  ASSERT_TRUE(Root);
  Comparison Result = compare(*Root);
  // A case that compares little shows nothing.
  EXPECT_GT(Result.Compared, 20u);
  EXPECT_THAT(Result.Mismatches, IsEmpty());
  EXPECT_EQ(std::vector<std::string>(Result.Differences.begin(),
                                     Result.Differences.end()),
            Case.Differences);
}

const OracleCase OracleCases[] = {
    {"Loops",
     R"cpp(
int next(int);
void f(std::vector<int> &v, int n) {
  for (int i = 0; i < n; ++i)
    v.push_back(i);
  int k = 0;
  while (k < n) {
    ++k;
    if (k == 3)
      continue;
  }
  do
    --k;
  while (k > 0);
  for (int x : v)
    next(x);
  for (auto &x : v)
    x = next(x);
  int arr[3] = {1, 2, 3};
  for (const int &x : arr)
    k += x;
  for (int i = 0, j = n; i < j; ++i, --j)
    if (int t = next(i))
      break;
  while (int w = next(k))
    k += w;
  switch (n) {
  case 1:
    break;
  default:;
  }
}
)cpp",
     "f",
     false,
     {}},
    {"Lambdas",
     R"cpp(
void f(std::vector<int> &v, int n) {
  int total = 0;
  auto add = [&total, n](int x) {
    total += x * n;
    return total;
  };
  auto byCopy = [=]() mutable { return n + total; };
  auto init = [w = std::move(v), &r = total]() { return w.size() + r; };
  auto generic = [&](auto x) { return x + n; };
  add(generic(1));
  byCopy();
  init();
  [&] {
    for (int x : v)
      total += x;
  }();
}
)cpp",
     "f",
     false,
     {}},
    {"LocalClass",
     R"cpp(
void f(int n) {
  struct Counter {
    int Count = 0;
    Counter() {}
    explicit Counter(int Start) : Count(Start) {}
    void bump() { ++Count; }
    int get() const { return Count; }
  };
  Counter c(n);
  c.bump();
  Counter d = c;
  Counter e;
  (void)d.get();
}
)cpp",
     "f",
     false,
     // The initialisers, written and implicit, have the constructor as
     // parent in both; 0 is shared by the field and by Counter().
     {}},
    {"TypesBindingsInitLists",
     R"cpp(
struct Pair {
  int First;
  int Second;
};
void f(std::vector<int> &v, Pair p) {
  decltype(v) alias = v;
  decltype(v.size()) count = v.size();
  std::remove_reference<decltype(v)>::type copy = v;
  auto [a, b] = p;
  auto &[c, d] = p;
  int arr[3] = {a, b};
  Pair q = {c, d};
  Pair r{};
  int (*ptr)[3] = &arr;
  alignas(alignof(int)) char buffer[sizeof(Pair)];
}
)cpp",
     "f",
     false,
     // alignas(...) is an attribute, whose expression the oracle gives the
     // attribute as parent.
     {"kind: ConstantExpr <- AlignedAttr / VarDecl"}},
    {"TemporariesDefaultsConditionals",
     R"cpp(
int scaled(int x, int factor = 2 * 3);
struct Widget {
  Widget();
  Widget(const Widget &);
  ~Widget();
  int size() const;
};
Widget make();
void keep(const Widget &w = Widget());
void f(bool c) {
  int s = scaled(1);
  int t = make().size();
  const Widget &held = make();
  Widget w = c ? make() : Widget();
  int u = c ? s : t;
  int x = c ? t : s + 1;
  keep(Widget());
  keep();
  (c ? s : t) = 4;
}
)cpp",
     "f",
     false,
     // The default arguments 2 * 3 and Widget() belong to the parameters
     // that declare them as well as to the calls that use them.
     {"outside: BinaryOperator <- ParmVarDecl",
      "outside: MaterializeTemporaryExpr <- ParmVarDecl"}},
    {"ConstructorWithMemberInitialisers",
     R"cpp(
struct Holder {
  Holder(std::vector<int> &v, int n);
  std::vector<int> &Ref;
  int Size;
  int Extra = 7;
};
Holder::Holder(std::vector<int> &v, int n) : Ref(v), Size(n * 2) {
  Size += Extra;
  Ref.push_back(Size);
}
)cpp",
     "Holder",
     false,
     // The default member initialiser 7 belongs to the field as well as to
     // the constructor's implicit initialiser of Extra.
     {"outside: IntegerLiteral <- FieldDecl"}},
    {"TemplateInstantiation",
     R"cpp(
template <class T> T sum(const std::vector<T> &v) {
  T total = T();
  for (const T &x : v)
    total += x;
  auto twice = [&](T y) { return y + total; };
  return twice(total);
}
int use(const std::vector<int> &v) { return sum(v); }
)cpp",
     "sum",
     true,
     {}},
};

INSTANTIATE_TEST_SUITE_P(Functions, ParentIndexOracleTest,
                         ::testing::ValuesIn(OracleCases),
                         [](const auto &Info) { return Info.param.Name; });

//===----------------------------------------------------------------------===//
// Single answers.
//===----------------------------------------------------------------------===//

TEST_F(ParentIndexTest, RootAndOutsideNodesHaveNoParents) {
  build(R"cpp(
void f(int n) {
  n = 1;
}
void g(int m) {
  m = 2;
}
)cpp");
  const FunctionDecl *F = function("f");
  const FunctionDecl *G = function("g");
  ASSERT_TRUE(F && G);
  ParentIndex Index(*F);
  EXPECT_EQ(&Index.root(), F);
  EXPECT_THAT(Index.parents(*F), IsEmpty());
  // The body's parent is the function; the oracle agrees.
  EXPECT_THAT(Index.parents(*F->getBody()),
              ElementsAre(DynTypedNode::create(*F)));
  EXPECT_THAT(Index.parents(*G->getBody()), IsEmpty());
  EXPECT_THAT(Index.parents(*G->getParamDecl(0)), IsEmpty());
  // A node kind the index does not hold.
  EXPECT_THAT(Index.parents(DynTypedNode::create(F->getType())), IsEmpty());
}

TEST_F(ParentIndexTest, Contains) {
  build(R"cpp(
void f(int n) {
  for (int i = 0; i < n; ++i)
    n += [&] { return i; }();
}
void g(int m) {
  m = 2;
}
)cpp");
  const FunctionDecl *F = function("f");
  const FunctionDecl *G = function("g");
  ASSERT_TRUE(F && G);
  ParentIndex Index(*F);
  EXPECT_TRUE(Index.contains(*F->getBody()));
  EXPECT_TRUE(Index.contains(*AST->loop("f")));
  // The body of the lambda's operator() is inside f.
  const auto *Lambda = AST->select<LambdaExpr>(lambdaExpr());
  ASSERT_TRUE(Lambda);
  EXPECT_TRUE(Index.contains(*Lambda));
  EXPECT_TRUE(Index.contains(*Lambda->getBody()));
  EXPECT_FALSE(Index.contains(*G->getBody()));
  EXPECT_FALSE(Index.contains(*AST->select<BinaryOperator>(binaryOperator(
      hasOperatorName("="), hasAncestor(functionDecl(hasName("g")))))));
}

TEST_F(ParentIndexTest, NodeWithTwoParents) {
  // A default member initialiser is shared by the field and by every
  // constructor that uses it; inside one function both are seen.
  build(R"cpp(
void f() {
  struct Local {
    int Value = 42;
    Local() {}
  };
  Local l;
}
)cpp");
  const FunctionDecl *F = function("f");
  ASSERT_TRUE(F);
  ParentIndex Index(*F);
  const auto *Literal = AST->select<IntegerLiteral>(integerLiteral(equals(42)));
  ASSERT_TRUE(Literal);
  std::vector<std::string> Kinds;
  for (const DynTypedNode &P : Index.parents(*Literal))
    Kinds.push_back(P.getNodeKind().asStringRef().str());
  llvm::sort(Kinds);
  EXPECT_THAT(Kinds, ElementsAre("CXXDefaultInitExpr", "FieldDecl"));
  EXPECT_EQ(Index.parents(*Literal).size(),
            AST->context().getParents(*Literal).size());
}

TEST_F(ParentIndexTest, MemberInitialiserHasTheConstructorAsParent) {
  build(R"cpp(
struct Holder {
  Holder(int n);
  int Size;
};
Holder::Holder(int n) : Size(n * 2) {}
)cpp");
  const auto *Ctor = AST->select<CXXConstructorDecl>(
      cxxConstructorDecl(isDefinition(), unless(isImplicit())));
  ASSERT_TRUE(Ctor);
  ParentIndex Index(*Ctor);
  const auto *Init =
      AST->select<BinaryOperator>(binaryOperator(hasOperatorName("*")));
  ASSERT_TRUE(Init);
  EXPECT_THAT(Index.parents(*Init), ElementsAre(DynTypedNode::create(
                                        *static_cast<const Decl *>(Ctor))));
  EXPECT_EQ(Index.parents(*Init).front(), AST->context().getParents(*Init)[0]);
}

TEST_F(ParentIndexTest, DecltypeHasATypeLocationAsParent) {
  build(R"cpp(
void f(std::vector<int> &v) {
  decltype(v) alias = v;
}
)cpp");
  const FunctionDecl *F = function("f");
  ASSERT_TRUE(F);
  ParentIndex Index(*F);
  const auto *InDecltype =
      AST->select<DeclRefExpr>(declRefExpr(to(varDecl(hasName("v")))), 0);
  ASSERT_TRUE(InDecltype);
  ASSERT_EQ(Index.parents(*InDecltype).size(), 1u);
  const DynTypedNode &Parent = Index.parents(*InDecltype).front();
  ASSERT_TRUE(Parent.get<TypeLoc>());
  EXPECT_TRUE(Parent.get<TypeLoc>()->getAs<DecltypeTypeLoc>());
  // Type locations have no parents in the index.
  EXPECT_THAT(Index.parents(Parent), IsEmpty());
}

} // namespace
} // namespace stacklift
