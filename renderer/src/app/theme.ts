import { createTheme } from '@mui/material/styles';

/**
 * Calm and legible: a deep civic blue, neutral greys, system fonts (the app works offline, so no
 * web fonts), and a focus ring that is obvious on every control for keyboard users.
 */
const focusRing = {
  outline: '3px solid #f2b33d',
  outlineOffset: 2,
} as const;

export const theme = createTheme({
  palette: {
    mode: 'light',
    primary: { main: '#1d4f7a', contrastText: '#ffffff' },
    secondary: { main: '#4b5d6b' },
    background: { default: '#f4f6f8', paper: '#ffffff' },
    warning: { main: '#b26a00' },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: '"Segoe UI", "Helvetica Neue", "Noto Sans", "DejaVu Sans", Roboto, Arial, sans-serif',
    h1: { fontSize: '1.75rem', fontWeight: 600 },
    h2: { fontSize: '1.25rem', fontWeight: 600 },
    h3: { fontSize: '1.05rem', fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  components: {
    MuiButtonBase: {
      defaultProps: { disableRipple: false },
      styleOverrides: { root: { '&.Mui-focusVisible': focusRing } },
    },
    MuiLink: {
      styleOverrides: { root: { '&:focus-visible': focusRing } },
    },
    MuiPaper: {
      defaultProps: { elevation: 0 },
      styleOverrides: { root: { border: '1px solid #dde3e8' } },
    },
    MuiAppBar: {
      defaultProps: { elevation: 0 },
      styleOverrides: { root: { border: 'none' } },
    },
    MuiTableCell: {
      styleOverrides: { head: { fontWeight: 600, color: '#4b5d6b' } },
    },
    MuiTooltip: {
      defaultProps: { arrow: true },
    },
  },
});
