-- Drives Neovim's built-in LSP client against stacklift-lsp (neovim.test).
-- Written for Neovim 0.7 (Debian 12), whose API this uses.
local out = {}
local function finish(line)
  if line then table.insert(out, line) end
  local f = io.open(os.getenv('RESULT'), 'w')
  f:write(table.concat(out, '\n') .. '\n')
  f:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. os.getenv('TEST_FILE'))
  local mock = os.getenv('MOCK_STD')
  local client = vim.lsp.start_client({
    name = 'stacklift',
    cmd = { os.getenv('STACKLIFT_LSP'), '--fallback-flag=-std=c++17',
            '--fallback-flag=-nostdinc++', '--fallback-flag=-isystem' .. mock },
    root_dir = vim.fn.fnamemodify(os.getenv('TEST_FILE'), ':h'),
  })
  assert(client, 'the client did not start')
  vim.lsp.buf_attach_client(0, client)

  local got = vim.wait(30000, function()
    return #vim.diagnostic.get(0) > 0
  end, 50)
  if not got then return finish('error: no diagnostic arrived') end
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(out, string.format('diagnostic: %d:%d %s %s', d.lnum, d.col,
                                    d.code or '', d.message))
  end

  local d = vim.diagnostic.get(0)[1]
  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = {} }
  local responses = vim.lsp.buf_request_sync(0, 'textDocument/codeAction',
                                             params, 30000)
  local applied = false
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do
      table.insert(out, 'action: ' .. action.title)
      if not applied and action.edit then
        vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
        applied = true
      end
    end
  end
  if not applied then return finish('error: no code action to apply') end
  vim.cmd('write')
  finish('done')
end)
if not ok then finish('error: ' .. tostring(err)) end
