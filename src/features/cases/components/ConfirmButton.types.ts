/** Both ConfirmButton files take these props; tsconfig.json and tsconfig.h5.json check each side. */
export interface ConfirmButtonProps {
  /** the button's words, e.g. 撤回申请 */
  label: string;
  /** what is asked before anything happens */
  title: string;
  content: string;
  /** the confirming choice's words, e.g. 确认撤回 */
  confirmText: string;
  onConfirm: () => void;
  disabled?: boolean;
  className?: string;
  /** names the button; the dialog's choices are `${testId}-confirm` / `${testId}-cancel` */
  testId: string;
}
