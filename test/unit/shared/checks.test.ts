/**
 * The shared identity checks and masks: known-valid examples pass, one changed character fails
 * with the message the app and the mock both show.
 */
import {
  creditCodeCheckCharacter,
  creditCodeError,
  idCheckCharacter,
  idNumberError,
  idNumberProblem,
  personNameError,
  phoneError,
  plateError,
} from '../../../src/shared/identity/checks';
import { maskAddress, maskIdNumber, maskName, maskNumber, maskPhone } from '../../../src/shared/identity/mask';

const TODAY = new Date('2026-12-02T02:00:00Z');

describe('GB 11643 resident ID numbers', () => {
  // The standard's own worked example, and the mock's sample personas.
  it.each(['11010519491231002X', '510107198803141357', '500243197608210710', '500236199206050625', '500107196001011234'])('%s is valid', (id) => {
    expect(idNumberError(id, TODAY)).toBeNull();
  });

  it('accepts a lower-case x and surrounding spaces', () => {
    expect(idNumberError(' 11010519491231002x ', TODAY)).toBeNull();
  });

  it('computes the check character', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
    expect(idCheckCharacter('51010719880314135')).toBe('7');
  });

  it.each([
    ['110105194912310021', 'check_digit'],
    ['11010519491231003X', 'check_digit'],
    ['510107198803141358', 'check_digit'],
    ['11010519491231002', 'length'],
    ['11010519491231002XX', 'length'],
    ['1101051949123100AX', 'format'],
    ['110105194902300020', 'birth_date'],
    ['110105189912310021', 'birth_date'],
    ['110105202712310021', 'birth_date'],
  ])('%s: %s', (id, problem) => {
    expect(idNumberProblem(id, TODAY)).toBe(problem);
  });

  it('says what is wrong in Chinese', () => {
    expect(idNumberError('110105194912310021', TODAY)).toBe('身份证号码校验位不正确，请逐位核对');
    expect(idNumberError('1101', TODAY)).toBe('身份证号码应为18位');
  });
});

describe('GB 32100 unified social credit codes', () => {
  it.each(['91350100M000100Y43', '91500107MA5U7K2L30'])('%s is valid', (code) => {
    expect(creditCodeError(code)).toBeNull();
  });

  it('computes the check character', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it.each([
    ['91350100M000100Y44', '统一社会信用代码校验位不正确，请逐位核对'],
    ['91500107MA5U7K2L31', '统一社会信用代码校验位不正确，请逐位核对'],
    ['91500107MA5U7K2L3', '统一社会信用代码应为18位'],
    ['91500107MA5U7K2LO0', '统一社会信用代码含有无效字符（不使用I、O、Z、S、V）'],
  ])('%s is refused', (code, message) => {
    expect(creditCodeError(code)).toBe(message);
  });
});

describe('phones, plates and names', () => {
  it.each(['13800138000', '19912345678', ' 15923431086 '])('phone %s is valid', (phone) => {
    expect(phoneError(phone)).toBeNull();
  });

  it.each([
    ['1380013800', '手机号码应为11位'],
    ['138001380001', '手机号码应为11位'],
    ['12800138000', '手机号码应以13—19开头'],
    ['138-0013-800', '手机号码只能包含数字'],
  ])('phone %s is refused', (phone, message) => {
    expect(phoneError(phone)).toBe(message);
  });

  it.each(['渝A12345', '渝H38261', '渝AD12345', '渝A12345D', '川A1234挂'])('plate %s is valid', (plate) => {
    expect(plateError(plate)).toBeNull();
  });

  it.each(['', 'A12345', '渝112345', '渝I12345', '渝A1234', '渝AD1234X'])('plate %s is refused', (plate) => {
    expect(plateError(plate)).not.toBeNull();
  });

  it.each(['张三', '喻明远', '买买提·艾力'])('name %s is valid', (name) => {
    expect(personNameError(name)).toBeNull();
  });

  it.each([
    ['', '请填写姓名'],
    ['张', '姓名长度应为2至20个字'],
    ['Zhang San', '姓名应与身份证一致，只能包含汉字和“·”'],
    ['张三3', '姓名应与身份证一致，只能包含汉字和“·”'],
    ['·张三', '姓名应与身份证一致，只能包含汉字和“·”'],
  ])('name %j is refused', (name, message) => {
    expect(personNameError(name)).toBe(message);
  });
});

describe('masks', () => {
  it('masks as domain.md shows', () => {
    expect(maskName('喻明远')).toBe('喻**');
    expect(maskName('张三')).toBe('张**');
    expect(maskIdNumber('500107196001011234')).toBe('5001**********1234');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskAddress('兴胜路18号2单元5-2')).toBe('兴胜路18号****');
    expect(maskAddress('光辉村')).toBe('光辉****');
    expect(maskNumber('渝H38261')).toBe('渝H***61');
  });
});
