//===- LoopStructure.h - Where a statement sits among loops -----*- C++ -*-===//
//
// Small structural queries shared by the analyses: the loop that encloses a
// statement, the loops around that loop, whether a statement runs on every
// iteration, and whether a loop body can leave the loop early. All of them
// stop at function and lambda boundaries: a push_back inside a lambda defined
// in a loop is not growth of that loop.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_ANALYSIS_INDEX_LOOPSTRUCTURE_H
#define STACKLIFT_ANALYSIS_INDEX_LOOPSTRUCTURE_H

#include "stacklift/Analysis/Index/ParentIndex.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/SmallVector.h"

namespace stacklift {

/// True when \p Loc lies in the source range of \p S, comparing the places
/// macro expansions expand to.
bool isWithin(clang::SourceLocation Loc, const clang::Stmt *S,
              const clang::SourceManager &SM);

/// True for for, range-for, while and do-while statements.
bool isLoop(const clang::Stmt *S);

/// The body of a loop statement.
const clang::Stmt *loopBody(const clang::Stmt *Loop);

/// The innermost loop whose body contains \p S, or null when \p S is not in a
/// loop of its own function or lambda. A statement in a loop's condition or
/// increment is not in the loop's body.
const clang::Stmt *enclosingLoop(const clang::Stmt *S,
                                 const ParentIndex &Parents);

/// The loops that enclose \p Loop, innermost first, up to the function or
/// lambda boundary.
llvm::SmallVector<const clang::Stmt *, 4>
outerLoops(const clang::Stmt *Loop, const ParentIndex &Parents);

/// True when \p S runs exactly once every time the body of \p Loop runs to
/// its end: every statement between the body and \p S is a block, an
/// expression statement or a cleanup wrapper, never an if, a switch, a nested
/// loop, a conditional operator or a short-circuit operator.
bool runsOncePerIteration(const clang::Stmt *S, const clang::Stmt *Loop,
                          const ParentIndex &Parents);

/// True when \p S runs exactly once every time \p Region, a statement that
/// holds it, runs to its end: runsOncePerIteration with \p Region for the
/// body.
bool runsOnceIn(const clang::Stmt *S, const clang::Stmt *Region,
                const ParentIndex &Parents);

/// The first statement in \p S that can leave it other than at its end, as
/// findEarlyExit finds in a loop's body; null when there is none.
const clang::Stmt *findExitIn(const clang::Stmt *S);

/// The first statement in the body of \p Loop that can end an iteration
/// early or leave the loop: break, continue, return, goto, throw, co_return.
/// A break or continue that belongs to a nested loop or switch does not
/// count, nor does anything inside a lambda. Null when there is none.
const clang::Stmt *findEarlyExit(const clang::Stmt *Loop);

/// The first continue statement in the body of \p Loop that continues
/// \p Loop itself (not a nested loop, not inside a lambda); null when there
/// is none. A continue skips the rest of the body, such as a counter's step
/// written as its last statement.
const clang::Stmt *findContinue(const clang::Stmt *Loop);

/// The function, method or lambda whose body holds \p S (for a node a
/// generic lambda's instantiations share, the first found); null when
/// \p S is not in the indexed function.
const clang::FunctionDecl *enclosingFunction(const clang::Stmt *S,
                                             const ParentIndex &Parents);

/// The lambda or block whose body holds \p Node, innermost; null when none.
const clang::Stmt *enclosingClosure(const clang::DynTypedNode &Node,
                                    const ParentIndex &Parents);
const clang::Stmt *enclosingClosure(const clang::Stmt *S,
                                    const ParentIndex &Parents);

/// The range-for statement whose hidden `auto &&__range = <init>;` declares
/// \p Var, or null.
const clang::CXXForRangeStmt *rangeForOf(const clang::VarDecl *Var,
                                         const ParentIndex &Parents);

/// The statement that a fix-it can insert before to run just before \p Loop:
/// the loop itself, or the label statement that names it. Null when that
/// statement is not directly inside a block `{ }`, where inserting a new
/// statement would change the meaning of the code.
const clang::Stmt *insertionPointBefore(const clang::Stmt *Loop,
                                        const ParentIndex &Parents);

} // namespace stacklift

#endif // STACKLIFT_ANALYSIS_INDEX_LOOPSTRUCTURE_H
