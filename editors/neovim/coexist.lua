-- coexist's language server for PowerShell scripts in Neovim's built-in client (0.7 or
-- later): put this in your init.lua (or `:luafile` it). The server starts for .ps1 files
-- in a folder that has a coexist.toml, or below one (it names the state file).
local function coexist_root(buf)
  local dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ':p:h')
  local config = vim.fn.findfile('coexist.toml', dir .. ';')
  if config == '' then
    return nil
  end
  return vim.fn.fnamemodify(config, ':p:h')
end

local config = {
  name = 'coexist',
  cmd = { 'coexist', 'lsp' },
  -- init_options = { state = 'prod.json' },  -- overrides coexist.toml
}

vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, {
  pattern = '*.ps1',
  callback = function(args)
    local root = coexist_root(args.buf)
    if root == nil then
      return
    end
    config.root_dir = root
    if vim.lsp.start then -- Neovim 0.8+: reuses one server per root
      vim.lsp.start(config, { bufnr = args.buf })
    else -- Neovim 0.7
      config.client_id = config.client_id or vim.lsp.start_client(config)
      vim.lsp.buf_attach_client(args.buf, config.client_id)
    end
  end,
})
