-- A real LSP client for the tests: Neovim 0.7 attaches tplan-language-server
-- to a plan, waits for diagnostics, asks for completions, writes what it got
-- as JSON and quits. Arguments come from the environment.
local server = os.getenv('TPLAN_SERVER')
local plan = os.getenv('TPLAN_PLAN')
local out = os.getenv('TPLAN_OUT')
local line = tonumber(os.getenv('TPLAN_LINE'))
local col = tonumber(os.getenv('TPLAN_COL'))

local result = { diagnostics = nil, completion = nil, error = nil }

local function finish()
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

local client_id = vim.lsp.start_client({
  -- The server file itself, as `tplan-language-server --stdio` runs: its shebang sets Node's flags.
  cmd = { server, '--stdio' },
  root_dir = vim.fn.fnamemodify(plan, ':h'),
  init_options = { today = '2026-11-28' },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(_, params)
      if params and params.uri == vim.uri_from_fname(plan) then
        result.diagnostics = params.diagnostics
      end
    end,
  },
})

local opening = vim.loop.hrtime()
vim.cmd('edit ' .. vim.fn.fnameescape(plan))
vim.lsp.buf_attach_client(0, client_id)

if not vim.wait(15000, function() return result.diagnostics ~= nil end, 10) then
  result.error = 'no diagnostics within 15 s'
  finish()
  return
end
-- From opening the plan to its first diagnostics, the server's start included.
result.first_diagnostics_ms = (vim.loop.hrtime() - opening) / 1e6

local params = {
  textDocument = { uri = vim.uri_from_fname(plan) },
  position = { line = line, character = col },
}
local responses = vim.lsp.buf_request_sync(0, 'textDocument/completion', params, 10000)
local labels = {}
local inserts = {}
for _, response in pairs(responses or {}) do
  local items = response.result and (response.result.items or response.result) or {}
  -- The whole step (a long one is labelled by its start), and what it inserts, as which format.
  for _, item in ipairs(items) do
    table.insert(labels, item.filterText or item.label)
    local text = item.textEdit and item.textEdit.newText or item.insertText or item.label
    table.insert(inserts, { text = text, format = item.insertTextFormat or 1 })
  end
end
result.completion = labels
result.inserts = inserts
-- Neovim 0.7 does not take snippets: what it tells the server.
local caps = vim.lsp.protocol.make_client_capabilities()
result.snippet_support = caps.textDocument.completion.completionItem.snippetSupport == true
finish()
