-- The Neovim setup of docs/editor.md, as a user would paste it (read from the
-- page and run), with three buffers: two plans of one project and a notes
-- file. Writes how many clients run and which buffers they serve, then quits.
local docs, out, server = os.getenv('TPLAN_DOCS'), os.getenv('TPLAN_OUT'), os.getenv('TPLAN_SERVER')
local text = table.concat(vim.fn.readfile(docs), '\n')
local snippet = text:match('For Neovim 0%.7 and later.-```lua\n(.-)```')
-- The built server stands in for the installed command.
snippet = snippet:gsub("'tplan%-language%-server'", "'" .. server .. "'")
assert(loadstring(snippet))()

vim.cmd('filetype on')
for _, f in ipairs({ os.getenv('TPLAN_A'), os.getenv('TPLAN_B'), os.getenv('TPLAN_NOTES') }) do
  vim.cmd('edit ' .. vim.fn.fnameescape(f))
end
vim.wait(2000, function() return false end, 100)

local result = { clients = 0, attached = {} }
for _, client in pairs(vim.lsp.get_active_clients()) do
  result.clients = result.clients + 1
  result.root = client.config.root_dir
end
for _, buf in ipairs(vim.api.nvim_list_bufs()) do
  local name = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ':t')
  if name ~= '' then result.attached[name] = #vim.lsp.buf_get_clients(buf) end
end
local f = io.open(out, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qall!')
